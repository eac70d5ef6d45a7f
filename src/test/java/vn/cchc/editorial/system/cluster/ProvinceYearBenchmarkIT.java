package vn.cchc.editorial.system.cluster;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.cchc.editorial.RestClient.variables;

/**
 * A province's year of the plan process on the product's own engine, listeners and delegates (the whole
 * application in this JVM, its job executor off): {@link ProvincePlan}'s 150 authoring units, the year's
 * plan started by the Office on 2 January with every quota period's timers, then the engine's clock
 * ({@link ClockUtil}, the application's clock too) moved from one due timer to the next until the year's
 * end, each due job run on this thread. On the way, as the year would have it: the monthly lead unit
 * publishes its item before the reminder in 70 % of months, after it in 15 %, never in 15 % (escalated);
 * {@code .items} more items a month by random units; 80 % of the units send their monthly report before
 * it is due, the others are chased. The quarterly quotas are on the hand-off channels, whose publication is
 * the province's decision: none is met, each is reminded and escalated. Items go through the REST API as
 * their author and the Board would (start, approve); the publication job runs on the walk.
 * <p>
 * {@code ./mvnw verify -Pbenchmark -Dit.test=ProvinceYearBenchmarkIT}; options {@code -Dcchc.benchmark.year.units}
 * (150), {@code .items} (10 a month), {@code .seed}. Writes {@code target/benchmark/province-year.md}.
 * Figures in docs/performance.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=${cchc.benchmark.year.database.url:jdbc:h2:mem:cchc-province-year;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000}",
        "camunda.bpm.job-execution.enabled=false",
        "cchc.plan.shipped=false"
})
class ProvinceYearBenchmarkIT {

    static final int UNITS = Integer.getInteger("cchc.benchmark.year.units", 150);
    static final int EXTRA_ITEMS_A_MONTH = Integer.getInteger("cchc.benchmark.year.items", 10);
    static final long SEED = Long.getLong("cchc.benchmark.year.seed", 14);
    static final int YEAR = 2025;
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final ProvincePlan PLAN = new ProvincePlan(UNITS, YEAR, 1);
    static Path planDirectory;

    @DynamicPropertySource
    static void planFiles(DynamicPropertyRegistry registry) throws IOException {
        planDirectory = Files.createTempDirectory("province-year");
        PLAN.write(planDirectory);
        registry.add("cchc.plan.directory", planDirectory::toString);
    }

    @AfterAll
    static void clockAsItWas() {
        ClockUtil.reset();
    }

    @LocalServerPort
    int port;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcTemplate jdbc;

    final Random random = new Random(SEED);
    final TreeMap<ZonedDateTime, List<Runnable>> doings = new TreeMap<>();
    int timersFired;
    int otherJobs;
    int failedJobs;
    long timerNanos;
    int itemsPublished;
    long itemNanos;
    int reportsSent;
    long reportNanos;
    long walkStarted;

    @Test
    void aProvinceYearOfTimersRemindersAndEscalations() throws IOException {
        ClockUtil.setCurrentTime(date(at(LocalDate.of(YEAR, 1, 2), 8, 0)));
        plan();
        long wall = System.nanoTime();
        walkStarted = wall;
        RestClient office = new RestClient(port, "vp.theodoi");
        var started = office.post("/engine-rest/process-definition/key/CommunicationPlanProcess/submit-form",
                variables("year", String.valueOf(YEAR), "String"));
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
        long startNanos = System.nanoTime() - wall;
        long timersAtStart = management.createJobQuery().timers().count();

        Date end = date(at(LocalDate.of(YEAR, 12, 31), 23, 59));
        while (true) {
            runExecutableJobs();
            Job next = management.createJobQuery().timers().duedateLowerThan(end).orderByJobDuedate().asc().listPage(0, 1)
                    .stream().findFirst().orElse(null);
            Date nextDue = next == null ? end : next.getDuedate();
            if (!doings.isEmpty() && !date(doings.firstKey()).after(nextDue)) {
                var first = doings.pollFirstEntry();
                ClockUtil.setCurrentTime(date(first.getKey()));
                first.getValue().forEach(Runnable::run);
                continue;
            }
            if (next == null) {
                break;
            }
            ClockUtil.setCurrentTime(nextDue);
            fire(next);
        }
        double seconds = (System.nanoTime() - wall) / 1e9;

        long reminders = count("Task_RemindLeadUnit");
        long escalations = count("Task_HandleMissedQuota");
        long chased = count("Task_ChaseMonthlyReport");
        long periods = jdbc.queryForObject("select count(*) from act_hi_actinst where act_id_ = 'Task_AwaitPublications'", Long.class);
        long periodsMet = jdbc.queryForObject("select count(*) from act_hi_actinst where act_id_ = 'EndEvent_QuotaMet'", Long.class);
        String table = """
                | | |
                |---|---|
                | authoring units | %d |
                | quota periods (monthly + quarterly) / met | %d / %d |
                | timers at the plan's start | %d |
                | timers fired on the walk | %d |
                | other jobs run (publications, asynchronous steps) / failed | %d / %d |
                | items published (REST start + approval + publication job) | %d |
                | monthly reports sent / chased | %d / %d |
                | reminders / escalations (quota) | %d / %d |
                | the plan's start (REST) | %.1f s |
                | wall time of the year, start to 31 December | %.1f s |
                | of which firing timers | %.1f s |
                | of which the items (REST and their jobs) | %.1f s |
                | of which the units sending their monthly reports (Java API) | %.1f s |
                | timer firings per second of the wall time | %.1f |
                | timer firings per second of their own time | %.1f |
                """.formatted(UNITS, periods, periodsMet, timersAtStart, timersFired, otherJobs, failedJobs, itemsPublished,
                reportsSent, chased, reminders, escalations, startNanos / 1e9, seconds, timerNanos / 1e9, itemNanos / 1e9, reportNanos / 1e9,
                timersFired / seconds, timersFired / (timerNanos / 1e9));
        System.out.println("Province year (" + UNITS + " units, seed " + SEED + ", " + EXTRA_ITEMS_A_MONTH
                + " more items a month)\n" + table);
        Path out = Path.of("target/benchmark/province-year.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);

        assertThat(failedJobs).as("jobs that failed on the walk").isZero();
        assertThat(escalations).as("every quarterly period and the months without an item").isPositive();
        assertThat(reportsSent).isPositive();
    }

    /** The year's doings, each at its time of the plan's zone, drawn once with the seed. */
    private void plan() {
        List<String> units = PLAN.unitCodes();
        for (int month = 1; month <= 12; month++) {
            String lead = PLAN.monthlyLead(YEAR, month);
            double draw = random.nextDouble();
            if (draw < 0.70) {
                at(LocalDate.of(YEAR, month, 10), 9, 30, () -> publish(lead));
            } else if (draw < 0.85) {
                at(LocalDate.of(YEAR, month, 22), 9, 30, () -> publish(lead));
            }
            for (int i = 0; i < EXTRA_ITEMS_A_MONTH; i++) {
                String unit = units.get(random.nextInt(units.size()));
                at(LocalDate.of(YEAR, month, 1 + random.nextInt(28)), 8 + random.nextInt(9), random.nextInt(60), () -> publish(unit));
            }
            // the month's report task opens on the first working day; it is due on the plan's monthlyReportDay (5)
            at(LocalDate.of(YEAR, month, 5), 15, 0, this::sendMostMonthlyReports);
        }
    }

    private void at(LocalDate day, int hour, int minute, Runnable doing) {
        doings.computeIfAbsent(at(day, hour, minute), k -> new ArrayList<>()).add(doing);
    }

    private static ZonedDateTime at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(ZONE);
    }

    private static Date date(ZonedDateTime time) {
        return Date.from(time.toInstant());
    }

    private void publish(String unit) {
        long t = System.nanoTime();
        RestClient author = new RestClient(port, unit + ".tacgia");
        String item = Items.start(author, "Tin CCHC của " + unit + " " + OffsetDateTime.now(), "[\"DEPARTMENT_PORTAL\"]");
        Items.approve(author.as("bbt.bientap"), item);
        runExecutableJobs();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(item).count()).as("item %s ended", item).isZero();
        // the quota check after the publication runs on Spring's event threads: let it close the period first,
        // looking every 5 ms (Awaitility's default, a first look after 100 ms, added a tenth of a second an item)
        await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5)).atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject("select count(*) from event_publication", Long.class) == 0);
        itemsPublished++;
        itemNanos += System.nanoTime() - t;
    }

    private void sendMostMonthlyReports() {
        long t = System.nanoTime();
        List<Task> open = tasks.createTaskQuery().taskDefinitionKey("Task_SubmitMonthlyReport").list();
        open.sort(Comparator.comparing(Task::getId));
        for (Task task : open) {
            if (random.nextDouble() >= 0.8) {
                continue;
            }
            String unit = tasks.getIdentityLinksForTask(task.getId()).stream().filter(l -> l.getGroupId() != null)
                    .findFirst().orElseThrow().getGroupId();
            identity.setAuthentication(unit + ".tacgia", List.of(unit));
            try {
                tasks.complete(task.getId(), Map.of("meetingsCount", 1L, "partyUnionCount", 0L, "serviceCentreCount", 1L,
                        "videosCount", 0L, "studyVisitsCount", 0L));
                reportsSent++;
            } finally {
                identity.clearAuthentication();
            }
        }
        reportNanos += System.nanoTime() - t;
        System.out.printf("%s: %d timers fired, %d items, %d monthly reports sent, %.0f s so far%n",
                ClockUtil.now().toInstant().atZone(ZONE).toLocalDate(), timersFired, itemsPublished, reportsSent,
                (System.nanoTime() - walkStarted) / 1e9);
    }

    /** Runs what is due now: asynchronous steps (the publications), then timers due at this very time. */
    private void runExecutableJobs() {
        while (true) {
            List<Job> steps = management.createJobQuery().executable().messages().listPage(0, 200);
            steps.forEach(job -> {
                execute(job);
                otherJobs++;
            });
            List<Job> timers = management.createJobQuery().executable().timers().listPage(0, 200);
            timers.forEach(this::fire);
            if (steps.isEmpty() && timers.isEmpty()) {
                return;
            }
        }
    }

    private void fire(Job timer) {
        long t = System.nanoTime();
        execute(timer);
        timerNanos += System.nanoTime() - t;
        timersFired++;
    }

    private void execute(Job job) {
        try {
            management.executeJob(job.getId());
        } catch (RuntimeException e) {
            failedJobs++;
            System.out.println("job " + job.getId() + " failed: " + e);
            throw e;
        }
    }

    private long count(String taskKey) {
        return jdbc.queryForObject("select count(*) from act_hi_taskinst where task_def_key_ = ?", Long.class, taskKey);
    }

    static {
        // the plan directory is removed with the JVM's temporary files; nothing to keep
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (var files = planDirectory == null ? java.util.stream.Stream.<Path>empty() : Files.walk(planDirectory)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }
}
