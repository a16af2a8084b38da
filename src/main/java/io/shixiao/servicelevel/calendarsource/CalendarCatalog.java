package io.shixiao.servicelevel.calendarsource;

import io.shixiao.audit.AuditTrail;
import io.shixiao.servicelevel.calendar.CalendarChanged;
import io.shixiao.servicelevel.calendar.CalendarDataException;
import io.shixiao.servicelevel.calendar.CalendarRegistry;
import io.shixiao.servicelevel.calendar.DayKind;
import io.shixiao.servicelevel.calendar.StandardCalendars;
import io.shixiao.servicelevel.calendar.StatutoryDay;
import io.shixiao.servicelevel.calendar.StatutorySchedule;
import io.shixiao.servicelevel.calendar.StatutoryScheduleCsv;
import io.shixiao.shared.input.TextRules;
import io.shixiao.shared.problem.InvalidInputException;
import jakarta.annotation.PostConstruct;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the statutory holiday schedule and keeps the {@link CalendarRegistry} current. Sources, year
 * by year: the packaged files {@code calendars/cn/*.csv}, files dropped into {@code
 * shixiao.calendars.directory}, and uploads kept in the database. A year's schedule is taken as a
 * whole from one source: the newest of a dropped-in file and an upload, else the packaged file. A
 * new year therefore needs no code change.
 *
 * <p>Whenever the schedule served for a year differs from the one last served (remembered by a
 * fingerprint per year, so this also covers files dropped in while the application was down), a
 * {@link CalendarChanged} is published for {@code CN} and {@code CN-OFFICE} so that running clocks are
 * recomputed.
 */
@Service
public class CalendarCatalog {

    private static final Logger log = LoggerFactory.getLogger(CalendarCatalog.class);
    private static final String PACKAGED = "classpath*:calendars/cn/*.csv";
    private static final int MAX_UPLOAD_BYTES = 256 * 1024;

    private final CalendarRegistry registry;
    private final Path directory;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    private volatile StatutorySchedule schedule = StatutorySchedule.empty();
    private volatile List<LoadedYear> loadedYears = List.of();
    private volatile List<LoadProblem> problems = List.of();
    private Set<Integer> changedOnStart = Set.of();
    private String uploadsSeen = "";

    CalendarCatalog(
            CalendarRegistry registry,
            CalendarSourceProperties properties,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            AuditTrail audit,
            Clock clock) {
        this.registry = registry;
        this.directory = properties.directory();
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Fills the registry before any bean can compute a deadline. */
    @PostConstruct
    synchronized void loadOnStart() {
        changedOnStart = rebuild();
    }

    /** Announces changes found on start once listeners are in place. */
    @EventListener(ApplicationReadyEvent.class)
    synchronized void announceChangesFoundOnStart() {
        Set<Integer> changed = changedOnStart;
        changedOnStart = Set.of();
        if (!changed.isEmpty()) {
            transactions.executeWithoutResult(status -> rememberAndAnnounce(changed));
        }
    }

    /**
     * Picks up uploads made through another node: when the uploads table changed since this node last
     * read it, the schedule is rebuilt. The node that took the upload has already announced the change,
     * so the fingerprints match and nothing is announced twice.
     */
    @Scheduled(
            fixedDelayString = "${shixiao.calendars.refresh-delay:PT1M}",
            initialDelayString = "${shixiao.calendars.refresh-delay:PT1M}")
    public synchronized void refreshWhenUploadsChanged() {
        if (!uploadsToken().equals(uploadsSeen)) {
            transactions.executeWithoutResult(status -> rememberAndAnnounce(rebuild()));
        }
    }

    private String uploadsToken() {
        return jdbc.sql(
                        "select count(*) || '/' || coalesce(max(uploaded_at)::text, '') || '/' || coalesce(sum(version), 0) from calendar_year_upload")
                .query(String.class)
                .single();
    }

    /** The schedule currently served. */
    public StatutorySchedule schedule() {
        return schedule;
    }

    /** The years currently served, with their sources. */
    public List<LoadedYear> loadedYears() {
        return loadedYears;
    }

    /** Files skipped at the last load because they could not be read. */
    public List<LoadProblem> problems() {
        return problems;
    }

    /** The calendars directory that is scanned for dropped-in files. */
    public Path directory() {
        return directory;
    }

    /**
     * Rescans the calendars directory and the uploads, and announces the years that changed.
     *
     * @return the years whose schedule changed
     */
    public synchronized Set<Integer> reload() {
        return transactions.execute(status -> {
            Set<Integer> changed = rebuild();
            rememberAndAnnounce(changed);
            audit.recordWrite(
                    "RELOAD",
                    "calendar",
                    StandardCalendars.CN,
                    "Reloaded holiday schedules from " + directory + "; changed years " + changed);
            return changed;
        });
    }

    /**
     * Stores an uploaded schedule file: every year it contains replaces that year.
     *
     * @return the years of the file
     * @throws InvalidInputException (field {@code file}) naming the first wrong line, when the file is
     *     not a valid schedule; nothing is changed then
     */
    public synchronized Set<Integer> upload(@Nullable String fileName, byte[] content, @Nullable String uploadedBy) {
        checkFileName(fileName);
        List<StatutoryDay> days = parseUpload(content);
        TreeMap<Integer, List<StatutoryDay>> byYear = new TreeMap<>();
        days.forEach(day -> byYear.computeIfAbsent(day.date().getYear(), y -> new ArrayList<>())
                .add(day));
        String name = fileName == null || fileName.isBlank()
                ? "upload.csv"
                : Path.of(fileName).getFileName().toString();
        return transactions.execute(status -> {
            Instant now = Instant.now(clock);
            byYear.forEach((year, yearDays) -> {
                jdbc.sql("""
                        insert into calendar_year_upload (year, content, file_name, day_count, uploaded_by, uploaded_at)
                        values (:year, :content, :fileName, :days, :by, :at)
                        on conflict (year) do update set content = excluded.content, file_name = excluded.file_name,
                          day_count = excluded.day_count, uploaded_by = excluded.uploaded_by,
                          uploaded_at = excluded.uploaded_at, version = calendar_year_upload.version + 1
                        """)
                        .param("year", year)
                        .param("content", StatutoryScheduleCsv.format(yearDays))
                        .param("fileName", truncate(name, 200))
                        .param("days", yearDays.size())
                        .param("by", truncate(uploadedBy == null ? "system" : uploadedBy, 100))
                        .param("at", java.sql.Timestamp.from(now))
                        .update();
                audit.recordWrite(
                        "UPLOAD",
                        "calendar-year",
                        year,
                        "Holiday schedule " + year + " uploaded from " + name + " (" + yearDays.size() + " days)");
            });
            rememberAndAnnounce(rebuild());
            return byYear.keySet();
        });
    }

    // The name is stored and shown; the multipart part's file name is whatever the client sent.
    private static void checkFileName(@Nullable String fileName) {
        if (fileName == null) {
            return;
        }
        String problem = TextRules.problemWith(fileName);
        if (problem != null) {
            throw new InvalidInputException("file", "The file name " + problem);
        }
        if (fileName.length() > 200) {
            throw new InvalidInputException("file", "The file name must be at most 200 characters");
        }
    }

    private static List<StatutoryDay> parseUpload(byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "The file is empty");
        }
        if (content.length > MAX_UPLOAD_BYTES) {
            throw new InvalidInputException("file", "The file is larger than " + MAX_UPLOAD_BYTES / 1024 + " KB");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("file", "The file is not UTF-8 text");
        }
        try {
            return StatutoryScheduleCsv.parse(text);
        } catch (CalendarDataException e) {
            throw new InvalidInputException("file", e.getMessage());
        }
    }

    /** Reads every source, serves the result and answers the years whose schedule changed. */
    private Set<Integer> rebuild() {
        uploadsSeen = uploadsToken();
        List<LoadProblem> found = new ArrayList<>();
        Map<Integer, Candidate> chosen = new TreeMap<>();
        for (Candidate candidate : packaged(found)) {
            chosen.merge(candidate.year(), candidate, (a, b) -> b);
        }
        List<Candidate> newer = new ArrayList<>(dropped(found));
        newer.addAll(uploaded(found));
        for (Candidate candidate : newer) {
            chosen.merge(
                    candidate.year(),
                    candidate,
                    (a, b) -> b.since().isAfter(a.since()) || a.source() == ScheduleSource.PACKAGED ? b : a);
        }
        List<StatutoryDay> days = new ArrayList<>();
        List<LoadedYear> years = new ArrayList<>();
        for (Candidate candidate : chosen.values()) {
            days.addAll(candidate.days());
            int holidays = (int) candidate.days().stream()
                    .filter(d -> d.kind() == DayKind.HOLIDAY)
                    .count();
            years.add(new LoadedYear(
                    candidate.year(),
                    candidate.source(),
                    candidate.origin(),
                    holidays,
                    candidate.days().size() - holidays,
                    candidate.since()));
        }
        StatutorySchedule next = StatutorySchedule.of(days);
        registry.register(StandardCalendars.all(next));
        schedule = next;
        loadedYears = List.copyOf(years);
        problems = List.copyOf(found);
        found.forEach(problem -> log.warn("Holiday schedule {} skipped: {}", problem.origin(), problem.message()));
        return changedSinceLastServed(next);
    }

    private List<Candidate> packaged(List<LoadProblem> found) {
        List<Candidate> candidates = new ArrayList<>();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(PACKAGED);
            java.util.Arrays.sort(resources, java.util.Comparator.comparing(r -> String.valueOf(r.getFilename())));
            for (Resource resource : resources) {
                try (InputStream in = resource.getInputStream()) {
                    candidates.addAll(candidates(
                            ScheduleSource.PACKAGED,
                            String.valueOf(resource.getFilename()),
                            Instant.EPOCH,
                            new String(in.readAllBytes(), StandardCharsets.UTF_8),
                            found));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The packaged holiday schedules cannot be read", e);
        }
        return candidates;
    }

    private List<Candidate> dropped(List<LoadProblem> found) {
        List<Candidate> candidates = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            List<Path> files;
            try (Stream<Path> listing = Files.list(directory)) {
                files = listing.filter(p -> p.getFileName()
                                .toString()
                                .toLowerCase(java.util.Locale.ROOT)
                                .endsWith(".csv"))
                        .filter(Files::isRegularFile)
                        .sorted()
                        .toList();
            }
            for (Path file : files) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                candidates.addAll(candidates(
                        ScheduleSource.DIRECTORY,
                        file.getFileName().toString(),
                        Files.getLastModifiedTime(file).toInstant(),
                        text,
                        found));
            }
        } catch (IOException | UncheckedIOException e) {
            found.add(new LoadProblem(directory.toString(), "The directory cannot be read: " + e.getMessage()));
        }
        return candidates;
    }

    private List<Candidate> uploaded(List<LoadProblem> found) {
        List<Candidate> candidates = new ArrayList<>();
        jdbc.sql("select year, content, file_name, uploaded_at from calendar_year_upload order by year")
                .query((rs, row) -> candidates.addAll(candidates(
                        ScheduleSource.UPLOAD,
                        rs.getString("file_name"),
                        rs.getTimestamp("uploaded_at").toInstant(),
                        rs.getString("content"),
                        found)))
                .list();
        return candidates;
    }

    private static List<Candidate> candidates(
            ScheduleSource source, String origin, Instant since, String text, List<LoadProblem> found) {
        List<StatutoryDay> days;
        try {
            days = StatutoryScheduleCsv.parse(text);
        } catch (CalendarDataException e) {
            found.add(new LoadProblem(origin, String.valueOf(e.getMessage())));
            return List.of();
        }
        TreeMap<Integer, List<StatutoryDay>> byYear = new TreeMap<>();
        days.forEach(day -> byYear.computeIfAbsent(day.date().getYear(), y -> new ArrayList<>())
                .add(day));
        List<Candidate> candidates = new ArrayList<>();
        byYear.forEach(
                (year, yearDays) -> candidates.add(new Candidate(year, source, origin, since, List.copyOf(yearDays))));
        return candidates;
    }

    private Set<Integer> changedSinceLastServed(StatutorySchedule next) {
        Map<Integer, String> served = new TreeMap<>();
        jdbc.sql("select year, fingerprint from calendar_year_fingerprint")
                .query((rs, row) -> served.put(rs.getInt("year"), rs.getString("fingerprint")))
                .list();
        Set<Integer> changed = new TreeSet<>();
        Set<Integer> years = new TreeSet<>(served.keySet());
        years.addAll(next.years());
        for (Integer year : years) {
            String now = next.years().contains(year) ? fingerprint(next.daysOf(year)) : null;
            if (!java.util.Objects.equals(now, served.get(year))) {
                changed.add(year);
            }
        }
        return changed;
    }

    /** Remembers the schedule now served for {@code changed} and tells the clocks; inside a transaction. */
    private void rememberAndAnnounce(Set<Integer> changed) {
        if (changed.isEmpty()) {
            return;
        }
        for (Integer year : changed) {
            if (schedule.years().contains(year)) {
                jdbc.sql("""
                insert into calendar_year_fingerprint (year, fingerprint) values (:year, :fingerprint)
                on conflict (year) do update set fingerprint = excluded.fingerprint, version = calendar_year_fingerprint.version + 1
                """)
                        .param("year", year)
                        .param("fingerprint", fingerprint(schedule.daysOf(year)))
                        .update();
            } else {
                jdbc.sql("delete from calendar_year_fingerprint where year = :year")
                        .param("year", year)
                        .update();
            }
        }
        events.publishEvent(new CalendarChanged(StandardCalendars.CN, changed));
        events.publishEvent(new CalendarChanged(StandardCalendars.CN_OFFICE, changed));
        log.info("Holiday schedule changed for years {}", changed);
    }

    private static String fingerprint(List<StatutoryDay> days) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(StatutoryScheduleCsv.format(days).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private record Candidate(int year, ScheduleSource source, String origin, Instant since, List<StatutoryDay> days) {}
}
