package vn.cchc.editorial.dashboard;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import vn.cchc.editorial.Items;
import vn.cchc.editorial.RestClient;
import vn.cchc.editorial.article.ArticleRepository;
import vn.cchc.editorial.publication.PublicationRepository;
import vn.cchc.editorial.publication.PublicationStatus;
import vn.cchc.editorial.quota.QuotaCredits;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import vn.cchc.editorial.plan.Plan;
import vn.cchc.editorial.plan.PlanCatalog;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * The known data set of the dashboard's tests, made through the app's own REST API and services with
 * the engine clock set, in 2024 periods that no other test touches (Phòng CDS leads July to September,
 * Thanh tra October to December):
 * <ul>
 *   <li>July: an item of Phòng CDS published on 10 July: met;</li>
 *   <li>August: nothing: missed;</li>
 *   <li>October: an item of Thanh tra published on 28 October, after the 25th, credited by hand: credited;</li>
 *   <li>November, on {@link #TODAY}: nothing yet: in progress; December: not yet due;</li>
 *   <li>the monthly reports on October (due 5 November): Phòng CDS reported on 4 November (on time, with other
 *       forms of communication, difficulties and proposals), Thanh tra on 7 November (late), the other units
 *       not at all (missing on {@link #TODAY}).</li>
 * </ul>
 * Made once per running application (by its port); the clock stays at {@link #TODAY} until {@link #resetClock()}.
 */
public final class DashboardData {

    public static final OffsetDateTime TODAY = OffsetDateTime.parse("2024-11-12T09:00:00+07:00");
    static final String JULY = "department-portal-monthly:2024-07";
    public static final String AUGUST = "department-portal-monthly:2024-08";
    static final String OCTOBER = "department-portal-monthly:2024-10";
    static final String NOVEMBER = "department-portal-monthly:2024-11";
    static final String DECEMBER = "department-portal-monthly:2024-12";
    static final String JULY_TITLE = "Phòng CDS hướng dẫn nộp hồ sơ trực tuyến tháng 7";
    public static final String OCTOBER_TITLE = "Thanh tra tổng kết tiếp công dân tháng 10";
    static final String REPORT_MONTH = "2024-10";
    public static final String CDS_MEETINGS = "Giao ban tháng 10 có lồng ghép nội dung CCHC";
    static final String CDS_DIFFICULTIES = "Thiếu thiết bị quay video ở cơ sở.";
    static final String CDS_PROPOSALS = "Đề nghị tập huấn kỹ năng viết tin cho cán bộ phụ trách.";

    /** The port of the application that has the data set, or 0. */
    private static int madeOn;

    private DashboardData() {
    }

    public static synchronized void make(int port, ArticleRepository articles, PublicationRepository publications, QuotaCredits credits,
                                  RuntimeService runtime, TaskService tasks) {
        if (madeOn != port) {
            published(port, "cds.tacgia", JULY_TITLE, "2024-07-10T09:00:00+07:00", articles, publications);
            long october = published(port, "tt.tacgia", OCTOBER_TITLE, "2024-10-28T09:00:00+07:00", articles, publications);
            credits.credit(OCTOBER, october, "Đăng sau ngày 25 vì chờ số liệu; Văn phòng tính cho tháng 10.", "vp.theodoi");
            reported(port, runtime, tasks, "phong-cds", "Phòng Chuyển đổi số", "cds.tacgia", "2024-11-04T09:00:00+07:00",
                    RestClient.variables("meetingsCount", 2, "Long", "meetingsNote", CDS_MEETINGS, "String",
                            "partyUnionCount", 1, "Long", "serviceCentreCount", 0, "Long", "videosCount", 0, "Long",
                            "studyVisitsCount", 0, "Long", "difficulties", CDS_DIFFICULTIES, "String",
                            "proposals", CDS_PROPOSALS, "String"));
            reported(port, runtime, tasks, "thanh-tra", "Thanh tra Sở", "tt.tacgia", "2024-11-07T09:00:00+07:00",
                    RestClient.variables("meetingsCount", 0, "Long", "partyUnionCount", 0, "Long", "serviceCentreCount", 3, "Long",
                            "serviceCentreNote", "Niêm yết quy trình tiếp công dân", "String",
                            "videosCount", 0, "Long", "studyVisitsCount", 0, "Long"));
            madeOn = port;
        }
        at(TODAY);
    }

    /** A unit's report on {@link #REPORT_MONTH}, opened as the year's plan opens it and submitted by its author at {@code at}. */
    private static void reported(int port, RuntimeService runtime, TaskService tasks, String unit, String unitName, String author,
                                 String at, Map<String, Object> form) {
        at(OffsetDateTime.parse(at));
        YearMonth month = YearMonth.parse(REPORT_MONTH);
        Plan plan = new PlanCatalog((Path) null).forYear(2024).orElseThrow();
        Map<String, Object> v = new HashMap<>();
        v.put("reportMonth", REPORT_MONTH);
        v.put("monthLabel", "10/2024");
        v.put("unit", unit);
        v.put("unitName", unitName);
        v.put("office", plan.office());
        v.put("opensAt", Date.from(OffsetDateTime.parse("2024-11-01T00:00:00+07:00").toInstant()));
        v.put("dueAt", Date.from(month.plusMonths(1).atDay(plan.monthlyReportDay()).atTime(23, 59, 59)
                .atZone(plan.timeZone()).toInstant()));
        v.put("chaseAt", Date.from(plan.workingDays().openingOfWorkingDayAfter(month.plusMonths(1).atDay(plan.monthlyReportDay())).toInstant()));
        String pi = runtime.startProcessInstanceByKey("MonthlyUnitReportProcess", REPORT_MONTH + ":" + unit, v).getId();
        String task = await().atMost(Duration.ofSeconds(30)).until(() -> {
            var open = tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey("Task_SubmitMonthlyReport").singleResult();
            return open == null ? null : open.getId();
        }, id -> id != null);
        var answer = new RestClient(port, author).post("/engine-rest/task/" + task + "/submit-form", form);
        if (answer.getStatusCode().value() != 204) {
            throw new IllegalStateException("the monthly report of " + unit + " was refused: " + answer.getBody());
        }
    }

    /**
     * Starts the periodic report {@code period} ("2024-Q1"), drafted the day before {@link #TODAY} and due in
     * 30 days, and waits until the job executor has drafted it and the Office's check task is open.
     *
     * @return its process instance id
     */
    public static String periodicReportBeingChecked(RuntimeService runtime, TaskService tasks, String period, String label) {
        String instance = runtime.startProcessInstanceByKey("PeriodicReportProcess", period, Map.of(
                "period", period, "periodLabel", label, "office", "van-phong-theo-doi",
                "directors", "ban-giam-doc", "draftAt", Date.from(TODAY.minusDays(1).toInstant()),
                "dueAt", Date.from(TODAY.plusDays(30).toInstant()),
                "escalateAt", Date.from(TODAY.plusDays(31).toInstant()))).getId();
        await().atMost(Duration.ofSeconds(60)).until(() -> tasks.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey("Task_CheckReport").count() == 1);
        return instance;
    }

    public static void resetClock() {
        ClockUtil.reset();
    }

    private static long published(int port, String author, String title, String at, ArticleRepository articles,
                                  PublicationRepository publications) {
        at(OffsetDateTime.parse(at));
        RestClient client = new RestClient(port, author);
        String pi = Items.start(client, title, "[\"DEPARTMENT_PORTAL\"]");
        Items.approve(client.as("bbt.bientap"), pi);
        long id = articles.findByProcessInstanceId(pi).orElseThrow().getId();
        await().atMost(Duration.ofSeconds(30)).until(() -> publications.findByArticleId(id).stream()
                .anyMatch(p -> p.getStatus() == PublicationStatus.PUBLISHED));
        return id;
    }

    private static void at(OffsetDateTime time) {
        ClockUtil.setCurrentTime(Date.from(Instant.from(time)));
    }
}
