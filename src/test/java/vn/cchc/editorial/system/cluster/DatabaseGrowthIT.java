package vn.cchc.editorial.system.cluster;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cchc.editorial.Items;
import vn.cchc.editorial.RestClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How much the database grows by one item's lifecycle (an author's start, the Board's approval, the
 * publication on the department portal, the instance's end), table by table, runtime and history apart,
 * in rows and bytes; and what the history cleanup (docs/operations.md) leaves of it once the items' five
 * years have passed. The whole application in this JVM with its job executor off (each job run here), on
 * an H2 file database in target/benchmark/growth/ or, with {@code -Dcchc.benchmark.growth.database=postgres},
 * a throwaway database of the local PostgreSQL server.
 * <p>
 * {@code ./mvnw verify -Pbenchmark -Dit.test=DatabaseGrowthIT [-Dcchc.benchmark.growth.items=200]}; writes
 * target/benchmark/growth-{h2,postgres}.md. Figures in docs/performance.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "camunda.bpm.job-execution.enabled=false")
class DatabaseGrowthIT {

    static final int ITEMS = Integer.getInteger("cchc.benchmark.growth.items", 200);
    static final boolean POSTGRES = "postgres".equals(System.getProperty("cchc.benchmark.growth.database", "h2"));
    static ThrowawayDatabase database;
    static final String FILE = "(the H2 file)";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        if (POSTGRES) {
            database = ThrowawayDatabase.create("growth");
            registry.add("spring.profiles.active", () -> "demo,postgres");
            registry.add("spring.datasource.url", database::url);
            registry.add("spring.datasource.username", () -> ThrowawayDatabase.USER);
            registry.add("spring.datasource.password", () -> ThrowawayDatabase.PASSWORD);
        } else {
            Path directory = Path.of("target", "benchmark", "growth").toAbsolutePath();
            org.springframework.util.FileSystemUtils.deleteRecursively(directory);
            Files.createDirectories(directory);
            registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + directory.resolve("cchc") + ";WRITE_DELAY=0;LOCK_TIMEOUT=60000");
        }
    }

    @AfterAll
    static void dropTheDatabase() {
        ClockUtil.reset();
        if (database != null) {
            database.close();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;

    @Test
    void oneItemsLifecycleInRowsAndBytesAndWhatTheCleanupLeaves() throws IOException {
        RestClient author = new RestClient(port, "vp.tacgia");
        RestClient board = author.as("bbt.bientap");
        // a first item, not counted: the application's first rows of a kind (a deployment's cache, a user's first grant)
        lifecycle(author, board);
        Map<String, long[]> before = tables();
        for (int i = 0; i < ITEMS; i++) {
            lifecycle(author, board);
        }
        Map<String, long[]> after = tables();

        // five years and a month later, the cleanup as the nightly window would run it
        ClockUtil.setCurrentTime(Date.from(java.time.LocalDate.now().plusDays(1825 + 31).atTime(22, 0)
                .atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
        String cleanup = history.cleanUpHistoryAsync(true).getId();
        // each run removes up to historyCleanupBatchSize rows a table; run it until a run removes nothing
        for (long left = historyRows(), was = Long.MAX_VALUE; left < was; was = left, left = historyRows()) {
            management.executeJob(cleanup);
        }
        Map<String, long[]> cleaned = tables();

        StringBuilder t = new StringBuilder("""
                %d item lifecycles on %s, %s; rows and bytes added per item, and rows left per item after the history cleanup five years on
                (the first item, not counted, is removed too: hence -0.01)
                (bytes: %s)

                | table | kind | rows per item | bytes per item | rows per item after the cleanup |
                |---|---|---|---|---|
                """.formatted(ITEMS, POSTGRES ? ThrowawayDatabase.serverVersion() : "H2 " + org.h2.engine.Constants.VERSION,
                java.time.LocalDate.now(), POSTGRES ? "pg_total_relation_size, the table with its indexes and TOAST, as PostgreSQL allocates it"
                        : "H2's DISK_SPACE_USED of the table, after a checkpoint"));
        long[] sums = new long[6];
        for (String table : after.keySet()) {
            long rows = after.get(table)[0] - before.getOrDefault(table, new long[2])[0];
            long bytes = after.get(table)[1] - before.getOrDefault(table, new long[2])[1];
            long left = cleaned.get(table)[0] - before.getOrDefault(table, new long[2])[0];
            if (rows == 0 && bytes == 0 || table.equals(FILE)) {
                continue;
            }
            String kind = kind(table);
            int k = kind.equals("history") ? 0 : kind.equals("runtime") ? 2 : 4;
            sums[k] += rows;
            sums[k + 1] += left;
            t.append("| %s | %s | %.2f | %s | %.2f |%n".formatted(table, kind, rows / (double) ITEMS,
                    "%.0f".formatted(bytes / (double) ITEMS), left / (double) ITEMS));
        }
        t.append("| **engine history** | | %.1f | | %.1f |%n".formatted(sums[0] / (double) ITEMS, sums[1] / (double) ITEMS));
        t.append("| **engine runtime** | | %.1f | | %.1f |%n".formatted(sums[2] / (double) ITEMS, sums[3] / (double) ITEMS));
        t.append("| **the product's own** | | %.1f | | %.1f |%n".formatted(sums[4] / (double) ITEMS, sums[5] / (double) ITEMS));
        if (!POSTGRES) {
            t.append(("%nThe H2 file (written append-only, compacted only when the database closes) grew by %.0f bytes an item;"
                    + " after the cleanup it is %.0f bytes an item above where it began.%n")
                    .formatted((after.get(FILE)[1] - before.get(FILE)[1]) / (double) ITEMS,
                            (cleaned.get(FILE)[1] - before.get(FILE)[1]) / (double) ITEMS));
        }
        System.out.println(t);
        Path out = Path.of("target", "benchmark", "growth-" + (POSTGRES ? "postgres" : "h2") + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, t);
        // the measured items' history is gone; what is left is the cleanup job's own log
        for (String table : List.of("act_hi_procinst", "act_hi_actinst", "act_hi_taskinst", "act_hi_varinst", "act_hi_detail")) {
            assertThat(cleaned.get(table)[0]).as("%s after the cleanup", table).isLessThanOrEqualTo(before.get(table)[0]);
        }
    }

    private void lifecycle(RestClient author, RestClient board) {
        String item = Items.start(author, "Tin đo dung lượng", "[\"DEPARTMENT_PORTAL\"]");
        Items.approve(board, item);
        for (List<Job> due = management.createJobQuery().executable().list(); !due.isEmpty();
             due = management.createJobQuery().executable().list()) {
            due.forEach(job -> management.executeJob(job.getId()));
        }
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.queryForObject("select count(*) from event_publication", Long.class) == 0);
    }

    private long historyRows() {
        return tables().entrySet().stream().filter(e -> kind(e.getKey()).equals("history")).mapToLong(e -> e.getValue()[0]).sum();
    }

    static String kind(String table) {
        String t = table.toLowerCase();
        return t.startsWith("act_hi_") ? "history" : t.startsWith("act_") ? "runtime" : "ours";
    }

    /** Every table of the application's schema: its rows and (PostgreSQL) its bytes. */
    private Map<String, long[]> tables() {
        Map<String, long[]> tables = new TreeMap<>();
        List<String> names = POSTGRES
                ? jdbc.queryForList("select tablename from pg_tables where schemaname = 'public'", String.class)
                : jdbc.queryForList("select table_name from information_schema.tables where table_schema = 'PUBLIC'", String.class);
        for (String name : names) {
            long rows = jdbc.queryForObject("select count(*) from " + name, Long.class);
            long bytes = jdbc.queryForObject(POSTGRES ? "select pg_total_relation_size(?)" : "select disk_space_used(?)", Long.class, name);
            tables.put(name.toLowerCase(), new long[]{rows, bytes});
        }
        if (!POSTGRES) {
            tables.put(FILE, new long[]{0, fileBytes()});
        }
        return tables;
    }

    private long fileBytes() {
        jdbc.execute("checkpoint sync");
        try {
            return Files.size(Path.of("target", "benchmark", "growth", "cchc.mv.db"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
