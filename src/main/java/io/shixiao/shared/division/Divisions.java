package io.shixiao.shared.division;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of administrative divisions, loaded from the packaged reference file
 * {@code divisions/admin-divisions-demo.csv} ({@code code,name,level,parent_code}). Repeated lines
 * of the file are read once. Lookups by code, children, ancestors and the full name
 * ("浙江省杭州市西湖区").
 */
public final class Divisions {

    public static final String RESOURCE = "divisions/admin-divisions-demo.csv";

    private final Map<DivisionCode, Division> byCode;
    private final Map<DivisionCode, List<Division>> children;

    private Divisions(Map<DivisionCode, Division> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
        Map<DivisionCode, List<Division>> byParent = new LinkedHashMap<>();
        byCode.values().stream()
                .filter(d -> d.parentCode() != null)
                .sorted((a, b) -> a.code().compareTo(b.code()))
                .forEach(d -> byParent.computeIfAbsent(d.parentCode(), k -> new ArrayList<>())
                        .add(d));
        byParent.replaceAll((k, v) -> List.copyOf(v));
        this.children = Collections.unmodifiableMap(byParent);
    }

    /** The registry of the packaged reference file. */
    public static Divisions packaged() {
        try (InputStream in = Divisions.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code code,name,level,parent_code} lines after a header; duplicates are read once. */
    public static Divisions read(InputStream csv) throws IOException {
        Map<DivisionCode, Division> byCode = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
        String line = reader.readLine();
        int lineNo = 1;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length < 4) {
                throw new IllegalArgumentException(
                        "Line " + lineNo + " of the division file has " + cells.length + " cells");
            }
            DivisionCode code = DivisionCode.of(cells[0]);
            DivisionLevel level = DivisionLevel.valueOf(cells[2].strip().toUpperCase(Locale.ROOT));
            if (level != code.level()) {
                throw new IllegalArgumentException(
                        "Line " + lineNo + ": level " + level + " does not match code " + code);
            }
            DivisionCode parent = cells[3].isBlank() ? null : DivisionCode.of(cells[3]);
            byCode.putIfAbsent(code, new Division(code, cells[1].strip(), level, parent));
        }
        return new Divisions(byCode);
    }

    public Optional<Division> find(DivisionCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Optional<Division> find(String code) {
        return DivisionCode.isValid(code) ? find(DivisionCode.of(code)) : Optional.empty();
    }

    public boolean contains(String code) {
        return find(code).isPresent();
    }

    public List<Division> children(DivisionCode code) {
        return children.getOrDefault(code, List.of());
    }

    public List<Division> provinces() {
        return byCode.values().stream()
                .filter(d -> d.parentCode() == null)
                .sorted((a, b) -> a.code().compareTo(b.code()))
                .toList();
    }

    /** The divisions above {@code code}, the province first; empty for an unknown code. */
    public List<Division> ancestors(DivisionCode code) {
        List<Division> chain = new ArrayList<>();
        Division current = byCode.get(code);
        while (current != null && current.parentCode() != null) {
            current = byCode.get(current.parentCode());
            if (current != null) {
                chain.add(0, current);
            }
        }
        return List.copyOf(chain);
    }

    /** "浙江省杭州市西湖区": the names from the province down to {@code code}; the bare code if unknown. */
    public String fullName(DivisionCode code) {
        Division division = byCode.get(code);
        if (division == null) {
            return code.value();
        }
        StringBuilder name = new StringBuilder();
        ancestors(code).forEach(d -> name.append(d.name()));
        return name.append(division.name()).toString();
    }

    public String fullName(String code) {
        return DivisionCode.isValid(code) ? fullName(DivisionCode.of(code)) : String.valueOf(code);
    }

    public int size() {
        return byCode.size();
    }
}
