package vn.cchc.editorial;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged jar run as its own process, in a folder of its own (so its shipped H2 file database is
 * under that folder's data/), on a free localhost port.
 */
public final class PackagedApp implements AutoCloseable {

    private final Path directory;
    private final Path logs;
    private final int port;
    private final List<String> jvmOptions;
    private Process process;

    /** For tests: the JIT's first tier only, which starts faster than it runs. */
    public PackagedApp(Path dataDirectory, Path logs) throws IOException {
        this(dataDirectory, logs, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m");
    }

    public PackagedApp(Path dataDirectory, Path logs, String... jvmOptions) throws IOException {
        this.directory = dataDirectory;
        this.logs = logs;
        this.jvmOptions = List.of(jvmOptions);
        Files.createDirectories(logs);
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    /** Starts the jar and waits until it serves requests with its demo accounts in place. */
    public PackagedApp start(String life, String... arguments) throws IOException {
        Path log = logs.resolve(life + ".log").toAbsolutePath();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-jar", jar().getAbsolutePath(),
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=1000"));
        command.addAll(List.of(arguments));
        // run in its own folder, so the shipped configuration's ./data/ database is used as it is
        process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // about 20 s on an idle machine; minutes when the 2 cores are shared with other builds
        await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> {
            assertThat(process.isAlive()).as("the application died: see " + log).isTrue();
            return client(null).get("/actuator/health").getBody().contains("UP")
                    // the demo accounts are made just after the web server is up
                    && client("admin").get("/engine-rest/user/vp.tacgia/profile").getStatusCode().value() == 200;
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

    static File jar() {
        String property = System.getProperty("cchc.jar");
        if (property != null) {
            return new File(property);
        }
        File[] jars = new File("target").listFiles((d, name) -> name.matches("cchc-editorial-.*\\.jar"));
        assertThat(jars).as("the packaged jar: run ./mvnw package first").isNotEmpty();
        return jars[0];
    }
}
