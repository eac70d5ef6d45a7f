package vn.cchc.editorial.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import vn.cchc.editorial.ApplicationTest;
import vn.cchc.editorial.RestClient;
import vn.cchc.editorial.WebappSession;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.editorial.dashboard.DashboardData.*;

/** The dashboard's figures for the known data set ({@link DashboardData}), its API and who may read it. */
@ApplicationTest
class DashboardTest extends WithDashboardData {

    @Autowired
    DashboardService dashboard;

    @Test
    void theMatrixShowsEachPeriodsStateFromTheQuotaCounter() {
        Dashboard d = dashboard.forYear(2024);

        assertThat(d.today()).hasToString("2024-11-12");
        Dashboard.MonthlyMatrix portal = d.monthly().get(0);
        assertThat(portal.ruleId()).isEqualTo("department-portal-monthly");
        Dashboard.UnitMonths cds = row(portal, "phong-cds");
        assertThat(cds.months().get(6).state()).isEqualTo(PeriodState.MET);
        assertThat(cds.months().get(6).counted()).isEqualTo(1);
        assertThat(cds.months().get(7).state()).isEqualTo(PeriodState.MISSED);
        assertThat(cds.months().get(0)).as("Phòng CDS does not lead January").isNull();
        Dashboard.UnitMonths inspectors = row(portal, "thanh-tra");
        assertThat(inspectors.months().get(9).state()).isEqualTo(PeriodState.CREDITED);
        assertThat(inspectors.months().get(10).state()).isEqualTo(PeriodState.IN_PROGRESS);
        assertThat(inspectors.months().get(11).state()).isEqualTo(PeriodState.NOT_YET_DUE);
        assertThat(inspectors.months().get(11).stateLabel()).isEqualTo("Chưa đến kỳ");

        assertThat(d.quarterly()).extracting(Dashboard.QuarterRow::channel).containsExactly("PROVINCIAL_CCHC_PAGE", "PROVINCIAL_PORTAL");
        assertThat(d.quarterly().get(0).quarters()).extracting(Dashboard.Cell::state)
                .endsWith(PeriodState.MISSED, PeriodState.IN_PROGRESS);

        assertThat(d.nextDeadlines().get(0).period().periodId()).isEqualTo(NOVEMBER);
        assertThat(d.nextDeadlines().get(0).daysLeft()).isEqualTo(13);
        assertThat(d.nextDeadlines().get(0).period().leadUnitName()).isEqualTo("Thanh tra Sở");

        assertThat(bar(d.charts().byMonth(), "2024-07")).isGreaterThanOrEqualTo(1);
        assertThat(bar(d.charts().byMonth(), "2024-10")).isGreaterThanOrEqualTo(1);
        assertThat(bar(d.charts().byUnit(), "thanh-tra")).isGreaterThanOrEqualTo(1);
        assertThat(bar(d.charts().byTopic(), "T11")).isGreaterThanOrEqualTo(2);
    }

    @Autowired
    vn.cchc.editorial.quota.QuotaCounter counter;
    @Autowired
    java.time.Clock clock;
    @Autowired
    vn.cchc.editorial.quota.QuotaPeriods periods;

    @Test
    void aPeriodMarkedNotFollowedAtThePlansStartIsNotMissedButNotFollowed() {
        // August (Phòng CDS, nothing published) and July (met) marked not followed up when the plan started
        ComplianceMatrix matrix = new ComplianceMatrix(counter, new MarkedNotFollowed(AUGUST, JULY), clock);
        java.util.Map<String, Dashboard.Cell> cells = matrix.cells(periods.plan(2024));
        assertThat(cells.get(AUGUST).state()).isEqualTo(PeriodState.NOT_FOLLOWED);
        assertThat(cells.get(AUGUST).stateLabel()).isEqualTo("Không theo dõi");
        assertThat(cells.get(JULY).state()).as("what was met is said as it is").isEqualTo(PeriodState.MET);
        assertThat(cells.get(OCTOBER).state()).isEqualTo(PeriodState.CREDITED);
        assertThat(matrix.cell(periods.plan(2024), periods.find(AUGUST), counter.tally(periods.find(AUGUST)),
                java.time.LocalDate.now(clock), clock.instant()).state()).as("a cell opened alone").isEqualTo(PeriodState.NOT_FOLLOWED);
    }

    @Test
    void aCellsLinkListsTheItemsItCounts() {
        Dashboard.Cell july = row(dashboard.forYear(2024).monthly().get(0), "phong-cds").months().get(6);
        assertThat(july.link()).isEqualTo("/dashboard/periods/department-portal-monthly:2024-07");

        PeriodItems items = dashboard.period(JULY);
        assertThat(items.items()).extracting(PeriodItems.Item::title).containsExactly(JULY_TITLE);
        assertThat(items.items().get(0).credited()).isFalse();
        assertThat(items.items().get(0).cockpitLink()).startsWith("/camunda/app/cockpit/default/#/process-instance/");

        PeriodItems october = dashboard.period(OCTOBER);
        assertThat(october.items()).extracting(PeriodItems.Item::title).containsExactly(OCTOBER_TITLE);
        assertThat(october.items().get(0).credited()).isTrue();
        assertThat(dashboard.period(AUGUST).items()).isEmpty();
    }

    @Test
    void anItemPublishedSinceTheLastLookIsCountedAtTheNextThoughTheYearsCountsAreKept() {
        Dashboard before = dashboard.forYear(2024);
        Dashboard.Cell september = row(before.monthly().get(0), "phong-cds").months().get(8);
        assertThat(september.periodId()).isEqualTo("department-portal-monthly:2024-09");
        assertThat(dashboard.forYear(2024)).as("the kept counts give the same figures").usingRecursiveComparison().isEqualTo(before);

        // after the quarterly report's window (15 June to 14 September), before September's deadline (the 25th)
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.parse("2024-09-20T02:00:00Z")));
        RestClient author = new RestClient(port, "cds.tacgia");
        String instance = vn.cchc.editorial.Items.start(author, "Phòng CDS giới thiệu dịch vụ công tháng 9", "[\"DEPARTMENT_PORTAL\"]");
        vn.cchc.editorial.Items.approve(author.as("bbt.bientap"), instance);
        long item = articles.findByProcessInstanceId(instance).orElseThrow().getId();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> publications.findByArticleId(item).stream()
                .anyMatch(p -> p.getStatus() == vn.cchc.editorial.publication.PublicationStatus.PUBLISHED));
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(TODAY.toInstant()));

        Dashboard after = dashboard.forYear(2024);
        Dashboard.Cell septemberAfter = row(after.monthly().get(0), "phong-cds").months().get(8);
        assertThat(septemberAfter.counted()).isEqualTo(september.counted() + 1);
        assertThat(septemberAfter.state()).isEqualTo(PeriodState.MET);
        assertThat(bar(after.charts().byMonth(), "2024-09")).isEqualTo(bar(before.charts().byMonth(), "2024-09") + 1);
        assertThat(bar(after.charts().byUnit(), "phong-cds")).isEqualTo(bar(before.charts().byUnit(), "phong-cds") + 1);
        assertThat(bar(after.charts().byTopic(), "T11")).isEqualTo(bar(before.charts().byTopic(), "T11") + 1);
        assertThat(dashboard.period("department-portal-monthly:2024-09").items()).extracting(PeriodItems.Item::id).contains(item);
    }

    @Test
    void theApiGivesTheSameFiguresToTheOfficeAndTheDirectors() {
        for (String user : new String[]{"vp.theodoi", "bgd.giamdoc"}) {
            RestClient client = new RestClient(port, user);
            ResponseEntity<String> answer = client.get("/api/dashboard?year=2024");
            assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
            JsonNode cds = client.json(answer).get("monthly").get(0).get("units").get(2);
            assertThat(cds.get("unit").asText()).isEqualTo("phong-cds");
            assertThat(cds.get("months").get(6).get("state").asText()).isEqualTo("MET");
            assertThat(cds.get("months").get(7).get("state").asText()).isEqualTo("MISSED");
            assertThat(cds.get("months").get(7).get("stateLabel").asText()).isEqualTo("Không đạt");

            JsonNode october = client.json(client.get("/api/dashboard/periods/" + OCTOBER));
            assertThat(october.get("period").get("state").asText()).isEqualTo("CREDITED");
            assertThat(october.get("items").get(0).get("title").asText()).isEqualTo(OCTOBER_TITLE);
        }
    }

    @Test
    void onlyThoseWhoMayOpenCockpitGetCockpitLinks() {
        RestClient office = new RestClient(port, "vp.theodoi");
        JsonNode forTheOffice = office.json(office.get("/api/dashboard/periods/" + JULY)).get("items").get(0);
        assertThat(forTheOffice.get("cockpitLink").asText()).startsWith("/camunda/app/cockpit/default/#/process-instance/");

        RestClient directors = new RestClient(port, "bgd.giamdoc");
        JsonNode forTheDirectors = directors.json(directors.get("/api/dashboard/periods/" + JULY)).get("items").get(0);
        assertThat(forTheDirectors.get("title").asText()).isEqualTo(JULY_TITLE);
        assertThat(forTheDirectors.get("cockpitLink").isNull()).as("the directors have no Cockpit").isTrue();
    }

    @Test
    void withoutAYearTheNewestPlanInForceIsShownWhileTodaysYearHasNone() {
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.parse("2026-11-30T03:00:00Z")));
        RestClient office = new RestClient(port, "vp.theodoi");
        ResponseEntity<String> answer = office.get("/api/dashboard");
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(office.json(answer).get("year").asInt()).isEqualTo(2024);
    }

    @Test
    void aYearWithoutAPlanOrAnUnknownPeriodIsRefusedInVietnamese() {
        RestClient office = new RestClient(port, "vp.theodoi");
        ResponseEntity<String> noPlan = office.get("/api/dashboard?year=2031");
        assertThat(noPlan.getStatusCode().value()).isEqualTo(400);
        assertThat(office.json(noPlan).get("detail").asText()).contains("Chưa có tệp kế hoạch cho năm 2031");

        assertThat(office.get("/api/dashboard?year=hai-nghin").getStatusCode().value()).isEqualTo(400);

        ResponseEntity<String> unknown = office.get("/api/dashboard/periods/department-portal-monthly:2024-13");
        assertThat(unknown.getStatusCode().value()).isEqualTo(400);
        assertThat(office.json(unknown).get("detail").asText()).contains("không có trong kế hoạch năm 2024");
    }

    @Test
    void anAuthorIsRefusedWithAProblemDetailOrAVietnamesePage() {
        ResponseEntity<String> api = new RestClient(port, "vp.tacgia").get("/api/dashboard?year=2024");
        assertThat(api.getStatusCode().value()).isEqualTo(403);
        assertThat(api.getHeaders().getContentType().isCompatibleWith(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(new RestClient(port, "vp.tacgia").json(api).get("detail").asText()).contains("không có quyền");

        WebappSession author = WebappSession.logIn(port, "vp.tacgia", "demo");
        HttpResponse<String> page = author.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dashboard"))
                .header("Accept", "text/html"));
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("không có quyền xem trang này").doesNotContain("Exception");
    }

    @Test
    void theOfficesPageShowsTheMatrixInWordsAndLinksToCockpit() {
        WebappSession office = WebappSession.logIn(port, "vp.theodoi", "demo");
        HttpResponse<String> page = office.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dashboard?year=2024"))
                .header("Accept", "text/html"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Thực hiện chỉ tiêu", "Đạt nhờ tính bù", "Không đạt", "Chưa đến kỳ", "Đang thực hiện",
                "/webjars/echarts/5.3.1/dist/echarts.min.js", "Hạn sắp tới");
        assertThat(office.get("/webjars/echarts/5.3.1/dist/echarts.min.js").statusCode()).isEqualTo(200);
    }

    private static Dashboard.UnitMonths row(Dashboard.MonthlyMatrix matrix, String unit) {
        return matrix.units().stream().filter(u -> u.unit().equals(unit)).findFirst().orElseThrow();
    }

    private static long bar(java.util.List<Dashboard.Bar> bars, String key) {
        return bars.stream().filter(b -> b.key().equals(key)).findFirst().orElseThrow().count();
    }
}
