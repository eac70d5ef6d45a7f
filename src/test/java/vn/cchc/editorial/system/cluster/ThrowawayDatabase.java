package vn.cchc.editorial.system.cluster;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.cchc.editorial.PackagedApp;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An empty PostgreSQL database of its own for one run, dropped afterwards; or, for a benchmark whose fill is
 * too long to repeat, a kept one ({@link #kept(String)}). The server is the local one unless
 * cchc.test.postgres.url (a JDBC URL of its maintenance database), .username and .password say otherwise.
 */
final class ThrowawayDatabase implements AutoCloseable {

    private static final String SERVER = System.getProperty("cchc.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
    static final String USER = System.getProperty("cchc.test.postgres.username", "postgres");
    static final String PASSWORD = System.getProperty("cchc.test.postgres.password", "");

    private final String name;
    private final boolean keep;
    private final boolean existed;
    private final JdbcTemplate jdbc;

    private ThrowawayDatabase(String name, boolean keep, boolean existed) {
        this.name = name;
        this.keep = keep;
        this.existed = existed;
        this.jdbc = new JdbcTemplate(dataSource(url()));
    }

    static ThrowawayDatabase create(String purpose) {
        String name = "cchc_%s_%d_%s".formatted(purpose, ProcessHandle.current().pid(),
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("HHmmss")));
        server().execute("create database " + name);
        return new ThrowawayDatabase(name, false, false);
    }

    /**
     * The database of that name (lower-case letters, digits and _), created if the server has none, and not
     * dropped afterwards, so that a later run can measure again on what an earlier one filled.
     */
    static ThrowawayDatabase kept(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("A kept database's name is lower-case letters, digits and _: " + name);
        }
        boolean existed = server().queryForObject("select count(*) from pg_database where datname = ?", Integer.class, name) > 0;
        if (!existed) {
            server().execute("create database " + name);
        }
        return new ThrowawayDatabase(name, true, existed);
    }

    /** Whether the database was there before this run ({@link #kept(String)}); a throwaway one never was. */
    boolean existed() {
        return existed;
    }

    String name() {
        return name;
    }

    String url() {
        return SERVER.substring(0, SERVER.lastIndexOf('/') + 1) + name;
    }

    /**
     * Starts one application node on this database: the packaged jar with the profiles demo,postgres and
     * the given Spring properties, its output in target/cluster-it/&lt;name&gt;.log; returns once it is ready.
     */
    PackagedApp startNode(String name, Map<String, String> properties) {
        return startNode(name, properties, "-Xmx512m");
    }

    /** {@link #startNode(String, Map)} with these JVM options instead of {@code -Xmx512m}. */
    PackagedApp startNode(String name, Map<String, String> properties, String... jvmOptions) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("spring.profiles.active", "demo,postgres");
        all.put("cchc.cluster.node-name", name);
        all.putAll(properties);
        Path work = Path.of("target", "cluster-it");
        return new PackagedApp(work, work, jvmOptions)
                .environment("CCHC_DB_URL", url())
                .environment("CCHC_DB_USER", USER)
                .environment("CCHC_DB_PASSWORD", PASSWORD)
                .start(name, all);
    }

    /** The test's own connection to the database, to count what the nodes did. */
    JdbcTemplate jdbc() {
        return jdbc;
    }

    @Override
    public void close() {
        if (keep) {
            return;
        }
        server().execute("drop database if exists " + name + " with (force)");
    }

    /** The server's version, e.g. "PostgreSQL 15.20". */
    static String serverVersion() {
        return "PostgreSQL " + server().queryForObject("show server_version", String.class).split(" ")[0];
    }

    private static JdbcTemplate server() {
        return new JdbcTemplate(dataSource(SERVER));
    }

    private static DriverManagerDataSource dataSource(String url) {
        return new DriverManagerDataSource(url, USER, PASSWORD);
    }
}
