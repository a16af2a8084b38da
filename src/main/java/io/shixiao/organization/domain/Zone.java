package io.shixiao.organization.domain;

import io.shixiao.organization.ZoneKind;
import io.shixiao.shared.division.DivisionCode;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * An area of one insurer whose kind decides the arrival time limit (城区 30 minutes, 城区以外 one
 * hour, 县城 half an hour, 县内其他区域 three hours). It covers a set of divisions and everything in them.
 */
public final class Zone {

    private final @Nullable Long id;
    private final long insurerId;
    private long orgUnitId;
    private String name;
    private ZoneKind kind;
    private Set<DivisionCode> divisions;
    private boolean active;
    private final long version;

    private Zone(
            @Nullable Long id,
            long insurerId,
            long orgUnitId,
            String name,
            ZoneKind kind,
            Set<DivisionCode> divisions,
            boolean active,
            long version) {
        this.id = id;
        this.insurerId = insurerId;
        this.active = active;
        this.version = version;
        apply(orgUnitId, name, kind, divisions);
    }

    public static Zone define(long insurerId, long orgUnitId, String name, ZoneKind kind, Set<DivisionCode> divisions) {
        return new Zone(null, insurerId, orgUnitId, name, kind, divisions, true, 0);
    }

    public static Zone restore(
            long id,
            long insurerId,
            long orgUnitId,
            String name,
            ZoneKind kind,
            Set<DivisionCode> divisions,
            boolean active,
            long version) {
        return new Zone(id, insurerId, orgUnitId, name, kind, divisions, active, version);
    }

    public void revise(long orgUnitId, String name, ZoneKind kind, Set<DivisionCode> divisions) {
        apply(orgUnitId, name, kind, divisions);
    }

    private void apply(long orgUnitId, String name, ZoneKind kind, Set<DivisionCode> divisions) {
        this.orgUnitId = orgUnitId;
        this.name = Require.text("name", name);
        this.kind = Require.present("kind", kind);
        if (divisions == null || divisions.isEmpty()) {
            throw new InvalidInputException("divisionCodes", "A zone covers at least one division");
        }
        this.divisions = Set.copyOf(new TreeSet<>(divisions));
    }

    public void deactivate() {
        if (!active) {
            throw new ConflictException("active", "Zone " + name + " is already inactive");
        }
        active = false;
    }

    /** The length of the longest covered code containing {@code code}, or 0 if this zone does not cover it. */
    public int specificityFor(DivisionCode code) {
        return divisions.stream()
                .filter(d -> d.covers(code))
                .mapToInt(d -> d.value().length())
                .max()
                .orElse(0);
    }

    /**
     * The zone that decides the arrival limit at {@code code}: among the active zones covering it, the
     * one whose covered division is the most specific (a township zone beats its county's zone).
     */
    public static Optional<Zone> theMostSpecificCoveringZoneDecides(Collection<Zone> zones, DivisionCode code) {
        return zones.stream()
                .filter(z -> z.active && z.specificityFor(code) > 0)
                .max(Comparator.comparingInt((Zone z) -> z.specificityFor(code)).thenComparing(z -> -z.idOrZero()));
    }

    private long idOrZero() {
        return id == null ? 0 : id;
    }

    public @Nullable Long id() {
        return id;
    }

    public long insurerId() {
        return insurerId;
    }

    public long orgUnitId() {
        return orgUnitId;
    }

    public String name() {
        return name;
    }

    public ZoneKind kind() {
        return kind;
    }

    public Set<DivisionCode> divisions() {
        return divisions;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }
}
