package vn.cchc.editorial.system.cluster;

import vn.cchc.editorial.RestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One application node: the built jar in a JVM of its own, with the profiles demo,postgres, on a free
 * port, against the given database. Its output goes to target/cluster-it/&lt;name&gt;.log.
 */
final class ClusterNode implements AutoCloseable {

    private static final Path WORK = Path.of("target", "cluster-it");

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private ClusterNode(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts the node and returns once it reports itself healthy. */
    static ClusterNode start(String name, ThrowawayDatabase database, Map<String, String> properties) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar().toAbsolutePath().toString(),
                "--server.port=" + port,
                "--spring.profiles.active=demo,postgres",
                "--cchc.cluster.node-name=" + name));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            Files.createDirectories(WORK);
            Path log = WORK.resolve(name + ".log");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(WORK.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("CCHC_DB_URL", database.url());
            builder.environment().put("CCHC_DB_USER", ThrowawayDatabase.USER);
            builder.environment().put("CCHC_DB_PASSWORD", ThrowawayDatabase.PASSWORD);
            Process process = builder.start();
            // a test JVM that dies must not leave its nodes running
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            ClusterNode node = new ClusterNode(name, port, process, log);
            node.awaitHealthy(Duration.ofMinutes(4));
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    RestClient as(String user) {
        return new RestClient(port, user);
    }

    /** kill -9: no shutdown hook runs, nothing is unlocked or flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private void awaitHealthy(Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("node " + name + " exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("node " + name + " not healthy after " + timeout + ":\n" + logTail());
    }

    String logTail() {
        try (Stream<String> lines = Files.lines(log)) {
            List<String> all = lines.toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - 60), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    static Path jar() {
        String configured = System.getProperty("cchc.cluster.jar");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("cchc-editorial-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no jar in target/: run ./mvnw package first"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
