package vn.cchc.editorial.dashboard;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.editorial.ApplicationTest;
import vn.cchc.editorial.publication.PortalAddress;
import vn.cchc.editorial.publication.Publication;
import vn.cchc.editorial.report.MonthFigures;
import vn.cchc.editorial.report.MonthlyFigures;
import vn.cchc.editorial.report.MonthlyReportOverview;
import vn.cchc.editorial.report.MonthlyReportStatus;
import vn.cchc.editorial.report.PeriodicFigures;
import vn.cchc.editorial.report.PeriodicFiguresCounter;
import vn.cchc.editorial.report.ReportPeriod;

import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.editorial.dashboard.DashboardData.*;

/**
 * The monthly and periodic reports' figures counted against the database for the dashboard's known data set
 * ({@link DashboardData}): what the month's page and the periodic report's .docx and .xlsx show. The
 * periods and units chosen are those no other test of the shared application writes to.
 */
@ApplicationTest
class ReportFiguresTest extends WithDashboardData {

    @Autowired
    MonthFigures monthFigures;
    @Autowired
    MonthlyReportOverview monthly;
    @Autowired
    PeriodicFiguresCounter periodic;
    @Autowired
    PortalAddress portalAddress;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    vn.cchc.editorial.plan.PlanCatalog plans;
    @Autowired
    vn.cchc.editorial.publication.PublicationRepository publications;
    @Autowired
    vn.cchc.editorial.quota.QuotaCounter counter;
    @Autowired
    vn.cchc.editorial.report.MonthlyReportRepository monthlyReports;
    @Autowired
    vn.cchc.editorial.quota.QuotaPeriods quotaPeriods;

    @Test
    void aUnitsMonthCountsItsItemsDecisionsPublicationsAndTheQuotaPeriodItLed() {
        MonthlyFigures july = monthFigures.of("phong-cds", YearMonth.of(2024, 7));
        assertThat(july.drafted()).isEqualTo(1);
        assertThat(july.approved()).isEqualTo(1);
        assertThat(july.sentBack()).isZero();
        assertThat(july.rejected()).isZero();
        assertThat(july.published()).extracting(MonthlyFigures.ChannelCount::channel, MonthlyFigures.ChannelCount::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DEPARTMENT_PORTAL", 1),
                        org.assertj.core.groups.Tuple.tuple("PROVINCIAL_CCHC_PAGE", 0),
                        org.assertj.core.groups.Tuple.tuple("PROVINCIAL_PORTAL", 0));
        assertThat(july.periods()).singleElement().satisfies(p -> {
            assertThat(p.periodId()).isEqualTo(JULY);
            assertThat(p.achieved()).isEqualTo(1);
            assertThat(p.met()).isTrue();
        });

        MonthlyFigures august = monthFigures.of("phong-cds", YearMonth.of(2024, 8));
        assertThat(august.drafted()).isZero();
        assertThat(august.periods()).singleElement().satisfies(p -> {
            assertThat(p.periodId()).isEqualTo(AUGUST);
            assertThat(p.achieved()).isZero();
            assertThat(p.met()).isFalse();
        });

        // published on 28 October after the 25th: counted in October's figures, its period met by the hand credit
        MonthlyFigures october = monthFigures.of("thanh-tra", YearMonth.of(2024, 10));
        assertThat(october.drafted()).isEqualTo(1);
        assertThat(october.published().get(0).count()).isEqualTo(1);
        assertThat(october.periods()).singleElement().satisfies(p -> {
            assertThat(p.periodId()).isEqualTo(OCTOBER);
            assertThat(p.achieved()).isEqualTo(1);
            assertThat(p.met()).isTrue();
        });
    }

    @Test
    void theMonthsOverviewGivesEachUnitsStatusAndWhatItReported() {
        MonthlyReportOverview.Month october = monthly.of(REPORT_MONTH);
        assertThat(october.units()).extracting(MonthlyReportOverview.UnitReport::unit, MonthlyReportOverview.UnitReport::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("van-phong", MonthlyReportStatus.MISSING),
                        org.assertj.core.groups.Tuple.tuple("phong-ttbcxb", MonthlyReportStatus.MISSING),
                        org.assertj.core.groups.Tuple.tuple("phong-cds", MonthlyReportStatus.ON_TIME),
                        org.assertj.core.groups.Tuple.tuple("thanh-tra", MonthlyReportStatus.LATE),
                        org.assertj.core.groups.Tuple.tuple("trung-tam-cns", MonthlyReportStatus.MISSING));
        MonthlyReportOverview.UnitReport cds = october.units().get(2);
        assertThat(cds.submittedBy()).isEqualTo("cds.tacgia");
        assertThat(cds.otherForms().get("meetings")).containsEntry("count", 2).containsEntry("note", CDS_MEETINGS)
                .containsEntry("label", "Hội nghị, cuộc họp có lồng ghép nội dung CCHC");
        assertThat(cds.otherForms().get("partyUnion")).containsEntry("count", 1);
        assertThat(cds.difficulties()).isEqualTo(CDS_DIFFICULTIES);
        assertThat(cds.proposals()).isEqualTo(CDS_PROPOSALS);
        assertThat(october.units().get(3).otherForms().get("serviceCentre")).containsEntry("count", 3);
        assertThat(october.units().get(3).figures().periods()).singleElement()
                .satisfies(p -> assertThat(p.periodId()).isEqualTo(OCTOBER));

        // the dashboard's overview: the same statuses, without counting every unit's figures
        MonthlyReportOverview.Month statuses = monthly.statuses(YearMonth.parse(REPORT_MONTH));
        assertThat(statuses.units()).extracting(MonthlyReportOverview.UnitReport::status)
                .containsExactlyElementsOf(october.units().stream().map(MonthlyReportOverview.UnitReport::status).toList());
        assertThat(statuses.units()).allSatisfy(u -> assertThat(u.figures()).isNull());
    }

    @Test
    void theQuarterlyReportCountsTheWindowsPublicationsAndJudgesItsQuotaPeriods() {
        // quarter III: 15 June to 14 September; Phòng CDS led July (met by the item of 10 July) and August (missed)
        PeriodicFigures q3 = periodic.of(ReportPeriod.parse("2024-Q3"));
        assertThat(row(q3.units(), "phong-cds")).isEqualTo(new PeriodicFigures.Row("phong-cds", "Phòng Chuyển đổi số", 1, 1, 1, 0));
        // the department portal: June (Phòng TTBCXB, missed), July (met), August (missed); one item published
        PeriodicFigures.Row portal = row(q3.channels(), "DEPARTMENT_PORTAL");
        assertThat(List.of(portal.published(), portal.met(), portal.missed(), portal.credited())).containsExactly(1, 1, 2, 0);
        assertThat(q3.items()).extracting(PeriodicFigures.Item::title).containsExactly(JULY_TITLE);

        // the year: Thanh tra's October item published after the 25th counts as credited, not met
        PeriodicFigures year = periodic.of(ReportPeriod.parse("2024-Y"));
        PeriodicFigures.Row inspectors = row(year.units(), "thanh-tra");
        assertThat(inspectors.published()).isEqualTo(1);
        assertThat(inspectors.credited()).isEqualTo(1);
        assertThat(year.items()).extracting(PeriodicFigures.Item::title).contains(JULY_TITLE, OCTOBER_TITLE);
        // the units' October reports (due 5 November) are in the year's window
        assertThat(year.difficulties()).contains(new PeriodicFigures.Note("Phòng Chuyển đổi số", "Tháng 10/2024: " + CDS_DIFFICULTIES));
        assertThat(year.proposals()).contains(new PeriodicFigures.Note("Phòng Chuyển đổi số", "Tháng 10/2024: " + CDS_PROPOSALS));
        assertThat(year.otherForms()).anySatisfy(f -> {
            assertThat(f.unit()).isEqualTo("Thanh tra Sở");
            assertThat(f.form()).isEqualTo("Niêm yết tại Trung tâm Phục vụ hành chính công");
            assertThat(f.note()).contains("Niêm yết quy trình tiếp công dân");
        });
        assertThat(year.otherForms()).anySatisfy(f -> {
            assertThat(f.unit()).isEqualTo("Phòng Chuyển đổi số");
            assertThat(f.note()).contains(CDS_MEETINGS);
        });
    }

    @Test
    void theReportGivesAnItemRecordedAsAPathByItsWholeAddress() {
        PeriodicFigures.Item july = counter(ReportPeriod.parse("2024-Q3")).stream()
                .filter(i -> i.title().equals(JULY_TITLE)).findFirst().orElseThrow();
        String key = Publication.keyOf(july.id(), "DEPARTMENT_PORTAL");
        String recorded = jdbc.queryForObject("select url from publication where idempotency_key = ?", String.class, key);
        // as the built-in portal recorded its items before it recorded whole addresses
        jdbc.update("update publication set url = ? where idempotency_key = ?", "/portal/articles/" + july.id(), key);
        try {
            assertThat(counter(ReportPeriod.parse("2024-Q3")).stream().filter(i -> i.id() == july.id()).findFirst().orElseThrow().link())
                    .isEqualTo(ApplicationTest.PUBLIC_ADDRESS.replaceAll("/$", "") + "/portal/articles/" + july.id());
        } finally {
            jdbc.update("update publication set url = ? where idempotency_key = ?", recorded, key);
        }
    }

    private List<PeriodicFigures.Item> counter(ReportPeriod period) {
        return periodic.of(period).items();
    }

    @Test
    void periodsMarkedNotFollowedAtThePlansStartAreNeitherMetNorMissedInTheReport() {
        // June and August of the department portal marked not followed up: only July (met) is judged
        PeriodicFiguresCounter counting = new PeriodicFiguresCounter(plans, publications, counter, monthlyReports, quotaPeriods,
                new MarkedNotFollowed("department-portal-monthly:2024-06", AUGUST), portalAddress);
        PeriodicFigures q3 = counting.of(ReportPeriod.parse("2024-Q3"));
        assertThat(row(q3.units(), "phong-cds")).isEqualTo(new PeriodicFigures.Row("phong-cds", "Phòng Chuyển đổi số", 1, 1, 0, 0));
        PeriodicFigures.Row portal = row(q3.channels(), "DEPARTMENT_PORTAL");
        assertThat(List.of(portal.published(), portal.met(), portal.missed(), portal.credited())).containsExactly(1, 1, 0, 0);
    }

    private static PeriodicFigures.Row row(List<PeriodicFigures.Row> rows, String code) {
        return rows.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }
}
