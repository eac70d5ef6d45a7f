package vn.cchc.editorial.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.ZoneId;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.stereotype.Component;

import vn.cchc.editorial.plan.internal.PlanFileReader;

/**
 * Every plan in force, one per year: the files {@code plans/plan-<year>.yaml} on the classpath,
 * and those in the directory named by {@value #DIRECTORY_PROPERTY}, which win over the classpath's
 * for the same year. The application refuses to start with an invalid plan file; {@link #reload()}
 * instead keeps the plan in force for the year of a file it refuses.
 */
@Component
public class PlanCatalog {

    /** An optional directory of plan files, read after the classpath's: next year's plan needs no build. */
    public static final String DIRECTORY_PROPERTY = "cchc.plan.directory";
    static final String CLASSPATH_PATTERN = "classpath*:plans/plan-*.yaml";
    /**
     * Whether the plans shipped in the application (classpath:plans/) are read; true by default. Another
     * agency sets it to false and keeps all of its plans in {@link #DIRECTORY_PROPERTY}.
     */
    public static final String SHIPPED_PROPERTY = "cchc.plan.shipped";

    private static final Logger log = LoggerFactory.getLogger(PlanCatalog.class);

    private final ResourcePatternResolver resolver;
    private final Path directory;
    private final boolean shipped;
    private volatile Map<Integer, Plan> plans;
    /** The directory's files (names and contents) as last read, to tell whether they changed since. */
    private String filesRead;

    @Autowired
    public PlanCatalog(ResourceLoader resourceLoader, @Value("${" + DIRECTORY_PROPERTY + ":}") String directory,
                       @Value("${" + SHIPPED_PROPERTY + ":true}") boolean shipped) {
        this.resolver = ResourcePatternUtils.getResourcePatternResolver(resourceLoader);
        this.shipped = shipped;
        this.directory = directory == null || directory.isBlank() ? null : Path.of(directory.strip());
        this.filesRead = fingerprint();
        Loaded loaded = load();
        if (!loaded.refused.isEmpty()) {
            loaded.refused.forEach(refusal -> log.error("Refusing plan file: {}", refusal.getMessage()));
            throw loaded.refused.get(0);
        }
        this.plans = Collections.unmodifiableMap(loaded.plans);
        log.info("Plans in force for years {}", years());
    }

    /** The classpath's plans and, when not null, the directory's. */
    public PlanCatalog(Path directory) {
        this(new DefaultResourceLoader(), directory == null ? "" : directory.toString(), true);
    }

    /** The classpath's plans and the directory's (not null), or the directory's only when {@code shipped} is false. */
    public PlanCatalog(Path directory, boolean shipped) {
        this(new DefaultResourceLoader(), directory.toString(), shipped);
    }

    public Optional<Plan> forYear(int year) {
        return Optional.ofNullable(plans.get(year));
    }

    /**
     * The plan that governs the given year's work: that year's plan; else the latest earlier one (next
     * year's file may come late, and the units, roles and channels go on); else the earliest. Who authors,
     * who reviews, who monitors and where items go come from it.
     *
     * @throws IllegalStateException when no plan file has been read (the application does not start then)
     */
    public Plan inForce(int year) {
        Map<Integer, Plan> current = plans;
        return current.values().stream().filter(plan -> plan.year() <= year).reduce((earlier, later) -> later)
                .or(() -> current.values().stream().findFirst())
                .orElseThrow(() -> new IllegalStateException("no plan file has been read"));
    }

    /** A channel as the newest plan naming its code states it; empty when no plan does. */
    public Optional<Channel> channel(String code) {
        List<Plan> all = all();
        for (int i = all.size() - 1; i >= 0; i--) {
            Optional<Channel> channel = all.get(i).channel(code);
            if (channel.isPresent()) {
                return channel;
            }
        }
        return Optional.empty();
    }

    /** Every plan read, oldest first. */
    public List<Plan> all() {
        return List.copyOf(plans.values());
    }

    /**
     * The plans' time zone (their {@code timeZone}, {@link Plan#DEFAULT_TIME_ZONE} by default): every plan in force names
     * the same one, so every date a person gives is read in it ({@link PlanDates}) and the application's
     * clock runs in it.
     */
    public ZoneId timeZone() {
        return plans.values().stream().findFirst().map(Plan::timeZone).orElseGet(() -> Plan.timeZoneOf(null));
    }

    public SortedSet<Integer> years() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(plans.keySet()));
    }

    /**
     * Reads every plan file again. A valid file replaces its year's plan; an invalid one is refused
     * and the plan in force for its year stays. A year that no file names any more keeps its plan
     * until the application restarts, so no running process loses the plan it started with.
     */
    public synchronized PlanReload reload() {
        filesRead = fingerprint();
        Loaded loaded = load();
        Map<Integer, Plan> next = new TreeMap<>(plans);
        Set<Integer> reloaded = new LinkedHashSet<>();
        loaded.plans.forEach((year, plan) -> {
            if (!loaded.refusedYears.contains(year)) {
                next.put(year, plan);
                reloaded.add(year);
            }
        });
        loaded.refused.forEach(refusal -> log.warn("Keeping the plan in force, refusing: {}", refusal.getMessage()));
        plans = Collections.unmodifiableMap(next);
        log.info("Plans reloaded for years {}; in force for {}", reloaded, years());
        return new PlanReload(reloaded, loaded.refused);
    }

    /**
     * Reloads when the directory's plan files are not what was last read: a file added, removed or
     * changed. Every node of a cluster checks its own directory this way ({@code PlanFilesWatcher}), so
     * a file put in place on every node, or on the volume they share, comes into force on all of them
     * without a call to each. A file refused once is not tried again until it changes.
     */
    public synchronized Optional<PlanReload> reloadIfChanged() {
        if (directory == null || fingerprint().equals(filesRead)) {
            return Optional.empty();
        }
        return Optional.of(reload());
    }

    /** Names and SHA-256 of the directory's plan files, in order; empty without a directory. */
    private String fingerprint() {
        if (directory == null || !Files.isDirectory(directory)) {
            return "";
        }
        StringBuilder fingerprint = new StringBuilder();
        for (Path path : directoryFiles()) {
            try {
                fingerprint.append(path.getFileName()).append('=')
                        .append(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path))))
                        .append('\n');
            } catch (IOException e) {
                // a file being written or removed right now: different from what was read, read again later
                fingerprint.append(path.getFileName()).append("=?\n");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return fingerprint.toString();
    }

    private Loaded load() {
        Loaded loaded = new Loaded();
        Map<Integer, String> classpathFiles = new HashMap<>();
        for (Resource resource : shipped ? classpathResources() : new Resource[0]) {
            String file = "plans/" + resource.getFilename();
            loaded.read(file, resource::getInputStream, classpathFiles);
        }
        Map<Integer, String> directoryFiles = new HashMap<>();
        for (Path path : directoryFiles()) {
            loaded.read(path.toString(), () -> Files.newInputStream(path), directoryFiles);
        }
        return loaded;
    }

    private Resource[] classpathResources() {
        try {
            return resolver.getResources(CLASSPATH_PATTERN);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + CLASSPATH_PATTERN, e);
        }
    }

    private List<Path> directoryFiles() {
        if (directory == null) {
            return List.of();
        }
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException(DIRECTORY_PROPERTY + " is not a directory: " + directory.toAbsolutePath());
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "plan-*.yaml")) {
            stream.forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + directory, e);
        }
        Collections.sort(files);
        return files;
    }

    private interface Source {
        InputStream open() throws IOException;
    }

    /** The outcome of reading every file once: later locations replace earlier ones year by year. */
    private static final class Loaded {
        final Map<Integer, Plan> plans = new TreeMap<>();
        final List<PlanFileException> refused = new ArrayList<>();
        final Set<Integer> refusedYears = new TreeSet<>();

        void read(String file, Source source, Map<Integer, String> sameLocation) {
            OptionalInt named = PlanFileReader.yearInName(file);
            try (InputStream in = source.open()) {
                Plan plan = PlanFileReader.read(file, in);
                String other = sameLocation.putIfAbsent(plan.year(), file);
                if (other != null) {
                    throw new PlanFileException(file, 1, "kế hoạch năm " + plan.year() + " đã có trong tệp " + other);
                }
                Plan first = plans.values().stream().filter(p -> p.year() != plan.year()).findFirst().orElse(null);
                if (first != null && !first.timeZone().equals(plan.timeZone())) {
                    sameLocation.remove(plan.year());
                    throw new PlanFileException(file, 1, "múi giờ " + plan.timeZone() + " khác múi giờ " + first.timeZone()
                            + " của kế hoạch năm " + first.year() + ": mọi kế hoạch dùng một múi giờ");
                }
                plans.put(plan.year(), plan);
            } catch (PlanFileException e) {
                refused.add(e);
                named.ifPresent(refusedYears::add);
            } catch (IOException e) {
                refused.add(new PlanFileException(file, 1, "không mở được tệp (" + e.getMessage() + ")", e));
                named.ifPresent(refusedYears::add);
            }
        }
    }
}

