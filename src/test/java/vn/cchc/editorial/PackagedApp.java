package vn.cchc.editorial;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged jar run as its own process (RestartIT, LoadBenchmark, the cluster tests): in a folder of
 * its own (so the shipped configuration's H2 file database is under that folder's data/), on a free
 * localhost port, its output in &lt;logs&gt;/&lt;life&gt;.log. The jar is the system property
 * {@code cchc.jar} (set by the failsafe profiles in pom.xml) or else target/cchc-editorial-*.jar.
 */
public final class PackagedApp implements AutoCloseable {

    /** Properties every start gets unless the caller names them: idle job executors look at least every second. */
    private static final Map<String, String> DEFAULTS = Map.of(
            "server.address", "127.0.0.1",
            "camunda.bpm.job-execution.wait-time-in-millis", "200",
            "camunda.bpm.job-execution.max-wait", "1000");

    private final Path directory;
    private final Path logs;
    private final int port;
    private final List<String> jvmOptions;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private Process process;
    private Path log;

    /** For tests: the JIT's first tier only, which starts faster than it runs. */
    public PackagedApp(Path directory, Path logs) {
        this(directory, logs, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m");
    }

    public PackagedApp(Path directory, Path logs, String... jvmOptions) {
        this.directory = directory;
        this.logs = logs;
        this.jvmOptions = List.of(jvmOptions);
        this.port = freePort();
        try {
            Files.createDirectories(directory);
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An environment variable of the application's process (say CCHC_DB_URL), for every start from now on. */
    public PackagedApp environment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /**
     * Starts the jar with the given Spring properties (over {@link #DEFAULTS}) and waits, up to 8 minutes,
     * until it serves requests with its demo accounts in place.
     *
     * @param life names this run's log, &lt;logs&gt;/&lt;life&gt;.log
     * @throws AssertionError when the application dies or is not ready in time; the log's tail says why
     */
    public PackagedApp start(String life, Map<String, String> properties) {
        Map<String, String> all = new LinkedHashMap<>(DEFAULTS);
        all.putAll(properties);
        all.put("server.port", String.valueOf(port));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar().getAbsolutePath()));
        all.forEach((key, value) -> command.add("--" + key + "=" + value));
        log = logs.resolve(life + ".log").toAbsolutePath();
        // run in its own folder, so the shipped configuration's ./data/ database is used as it is
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // a test JVM that dies must not leave its applications running
        Process started = process;
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
        // about 20 s on an idle machine; minutes when the 2 cores are shared with other builds
        await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> {
            assertThat(started.isAlive()).as(() -> "the application died: see " + log + "\n" + logTail()).isTrue();
            return client(null).get("/actuator/health").getBody().contains("UP")
                    // the demo accounts are made just after the web server is up, the plan's authors first and
                    // the role accounts (which every plan has) last
                    && client("admin").get("/engine-rest/user/bgd.giamdoc/profile").getStatusCode().value() == 200;
        });
        return this;
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    /** Calls the application as one demo user (null: nobody logged in). */
    public RestClient client(String user) {
        return new RestClient(port, user);
    }

    public int port() {
        return port;
    }

    /** The application's database file, to open directly (with the application stopped) and see what is on disk. */
    public String jdbcUrl() {
        return "jdbc:h2:file:" + directory.resolve("data").resolve("cchc-editorial").toAbsolutePath() + ";AUTO_SERVER=FALSE";
    }

    /** The last 60 lines of the current run's log. */
    public String logTail() {
        try (Stream<String> lines = Files.lines(log)) {
            List<String> all = lines.toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - 60), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** A localhost port nothing listens on right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static File jar() {
        String property = System.getProperty("cchc.jar");
        if (property != null && !property.isBlank()) {
            return new File(property);
        }
        File[] jars = new File("target").listFiles((d, name) -> name.matches("cchc-editorial-.*\\.jar"));
        assertThat(jars).as("the packaged jar: run ./mvnw package first").isNotEmpty();
        return jars[0];
    }
}
