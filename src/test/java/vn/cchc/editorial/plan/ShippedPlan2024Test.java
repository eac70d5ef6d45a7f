package vn.cchc.editorial.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The plan that ships, against Plan 10/KH-STTTT as domain.md reads it. */
class ShippedPlan2024Test {

    private final Plan plan = PlanFiles.read("plans/plan-2024.yaml");

    @Test
    void yearOf2024HasTwelveMonthlyAndEightQuarterlyPeriodsWithTheirDeadlinesAndLeadUnits() {
        assertThat(plan.periods())
                .extracting(QuotaPeriod::ruleId, QuotaPeriod::periodKey, QuotaPeriod::deadline, QuotaPeriod::leadUnit)
                .containsExactly(
                        tuple("department-portal-monthly", "2024-01", at("2024-01-25"), "van-phong"),
                        tuple("department-portal-monthly", "2024-02", at("2024-02-25"), "van-phong"),
                        tuple("provincial-cchc-page-quarterly", "2024-Q1", at("2024-03-20"), "van-phong"),
                        tuple("provincial-portal-quarterly", "2024-Q1", at("2024-03-20"), "van-phong"),
                        tuple("department-portal-monthly", "2024-03", at("2024-03-25"), "van-phong"),
                        tuple("department-portal-monthly", "2024-04", at("2024-04-25"), "phong-ttbcxb"),
                        tuple("department-portal-monthly", "2024-05", at("2024-05-25"), "phong-ttbcxb"),
                        tuple("provincial-cchc-page-quarterly", "2024-Q2", at("2024-06-20"), "phong-ttbcxb"),
                        tuple("provincial-portal-quarterly", "2024-Q2", at("2024-06-20"), "phong-ttbcxb"),
                        tuple("department-portal-monthly", "2024-06", at("2024-06-25"), "phong-ttbcxb"),
                        tuple("department-portal-monthly", "2024-07", at("2024-07-25"), "phong-cds"),
                        tuple("department-portal-monthly", "2024-08", at("2024-08-25"), "phong-cds"),
                        tuple("provincial-cchc-page-quarterly", "2024-Q3", at("2024-09-20"), "phong-cds"),
                        tuple("provincial-portal-quarterly", "2024-Q3", at("2024-09-20"), "phong-cds"),
                        tuple("department-portal-monthly", "2024-09", at("2024-09-25"), "phong-cds"),
                        tuple("department-portal-monthly", "2024-10", at("2024-10-25"), "thanh-tra"),
                        tuple("department-portal-monthly", "2024-11", at("2024-11-25"), "thanh-tra"),
                        tuple("provincial-cchc-page-quarterly", "2024-Q4", at("2024-12-20"), "thanh-tra"),
                        tuple("provincial-portal-quarterly", "2024-Q4", at("2024-12-20"), "thanh-tra"),
                        tuple("department-portal-monthly", "2024-12", at("2024-12-25"), "thanh-tra"));
    }

    @Test
    void deadlineIsTheLastSecondOfTheDayInHoChiMinhCityTime() {
        QuotaPeriod march = period("department-portal-monthly", "2024-03");

        assertThat(march.deadline()).isEqualTo(OffsetDateTime.parse("2024-03-25T23:59:59+07:00"));
        assertThat(march.deadline().toInstant()).hasToString("2024-03-25T16:59:59Z");
    }

    @Test
    void deadlineOnAWeekendKeepsTheDateAsWritten() {
        QuotaPeriod may = period("department-portal-monthly", "2024-05");

        assertThat(LocalDate.of(2024, 5, 25).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(may.deadline()).isEqualTo(at("2024-05-25"));
        assertThat(period("department-portal-monthly", "2024-08").deadline()).isEqualTo(at("2024-08-25"));
    }

    @Test
    void everyPeriodNeedsOneItemAndTheMonthlyOnesAreCoordinatedByTheInformationDivision() {
        assertThat(plan.periods()).allSatisfy(period -> assertThat(period.minimumCount()).isEqualTo(1));
        assertThat(plan.periods()).filteredOn(period -> period.channel().equals("DEPARTMENT_PORTAL"))
                .hasSize(12)
                .allSatisfy(period -> assertThat(period.coordinatingUnit()).isEqualTo("phong-ttbcxb"));
        assertThat(plan.periods()).filteredOn(period -> !period.channel().equals("DEPARTMENT_PORTAL"))
                .hasSize(8)
                .allSatisfy(period -> assertThat(period.coordinatingUnit()).isNull());
    }

    @Test
    void periodsCoverTheirWholeMonthOrQuarter() {
        QuotaPeriod february = period("department-portal-monthly", "2024-02");
        QuotaPeriod secondQuarter = period("provincial-portal-quarterly", "2024-Q2");

        assertThat(february.start()).isEqualTo("2024-02-01");
        assertThat(february.end()).isEqualTo("2024-02-29");
        assertThat(secondQuarter.start()).isEqualTo("2024-04-01");
        assertThat(secondQuarter.end()).isEqualTo("2024-06-30");
        assertThat(plan.periodsContaining("PROVINCIAL_PORTAL", LocalDate.of(2024, 6, 30)))
                .containsExactly(secondQuarter);
    }

    @Test
    void quarterlyRuleNamesOneLeadUnitForEveryMonthOfTheQuarter() {
        QuotaRule rule = plan.quotaRule("provincial-portal-quarterly").orElseThrow();

        assertThat(rule.leadUnitIn(Month.APRIL)).isEqualTo("phong-ttbcxb");
        assertThat(rule.leadUnitIn(Month.JUNE)).isEqualTo("phong-ttbcxb");
        assertThat(rule.leadUnitIn(Month.DECEMBER)).isEqualTo("thanh-tra");
    }

    @Test
    void leadUnitIsRemindedAtEightFiveWorkingDaysBeforeTheDeadline() {
        // Wednesday 20 March: Wednesday 13 March leaves the five working days 13–19 March
        assertThat(period("provincial-cchc-page-quarterly", "2024-Q1").reminderAt())
                .isEqualTo(OffsetDateTime.parse("2024-03-13T08:00:00+07:00"));
        // Sunday 25 August: Monday 19 August, never a weekend night
        assertThat(period("department-portal-monthly", "2024-08").reminderAt())
                .isEqualTo(OffsetDateTime.parse("2024-08-19T08:00:00+07:00"));
        assertThat(plan.periods()).allSatisfy(period -> {
            assertThat(period.reminderAt().toLocalTime()).isEqualTo(WorkingDays.OPENING_TIME);
            assertThat(plan.workingDays().isWorkingDay(period.reminderAt().toLocalDate())).isTrue();
            assertThat(period.reminderAt()).isEqualTo(plan.workingDays()
                    .openingWorkingDaysBefore(period.deadline().toLocalDate(), 5).toOffsetDateTime());
        });
    }

    @Test
    void aPeriodIsJudgedAtEightOnTheFirstWorkingDayAfterItsDeadline() {
        // Sunday 25 August 2024: Monday 26 August at 08:00
        assertThat(period("department-portal-monthly", "2024-08").judgedAt())
                .isEqualTo(OffsetDateTime.parse("2024-08-26T08:00:00+07:00"));
        assertThat(plan.periods()).allSatisfy(period -> {
            assertThat(period.judgedAt().toLocalTime()).isEqualTo(WorkingDays.OPENING_TIME);
            assertThat(period.judgedAt()).isAfter(period.deadline());
            assertThat(plan.workingDays().isWorkingDay(period.judgedAt().toLocalDate())).isTrue();
        });
    }

    @Test
    void unitsCarryTheirFullVietnameseNamesAndTheFirstFiveWriteItems() {
        assertThat(plan.units()).extracting(Unit::code, Unit::name, Unit::role).containsExactly(
                tuple("van-phong", "Văn phòng Sở", UnitRole.AUTHORING),
                tuple("phong-ttbcxb", "Phòng Thông tin – Báo chí – Xuất bản", UnitRole.AUTHORING),
                tuple("phong-cds", "Phòng Chuyển đổi số", UnitRole.AUTHORING),
                tuple("thanh-tra", "Thanh tra Sở", UnitRole.AUTHORING),
                tuple("trung-tam-cns", "Trung tâm Công nghệ số", UnitRole.AUTHORING),
                tuple("ban-bien-tap", "Ban Biên tập Cổng TTĐT của Sở", UnitRole.EDITORIAL_BOARD),
                tuple("ban-giam-doc", "Ban Giám đốc Sở", UnitRole.DIRECTORS),
                tuple("van-phong-theo-doi", "Văn phòng Sở (theo dõi kế hoạch)", UnitRole.OFFICE));
        assertThat(plan.authoringUnits()).hasSize(5);
        assertThat(plan.editorialBoard()).isEqualTo("ban-bien-tap");
        assertThat(plan.directors()).isEqualTo("ban-giam-doc");
        // the Office's monitors are a group of their own, apart from the Office's authors (van-phong)
        assertThat(plan.office()).isEqualTo("van-phong-theo-doi");
    }

    @Test
    void onlyTheDepartmentPortalIsPublishedDirectly() {
        assertThat(plan.channels()).extracting(Channel::code, Channel::isHandOff).containsExactly(
                tuple("DEPARTMENT_PORTAL", false),
                tuple("PROVINCIAL_CCHC_PAGE", true),
                tuple("PROVINCIAL_PORTAL", true));
        assertThat(plan.channel("PROVINCIAL_CCHC_PAGE")).get().extracting(Channel::name)
                .isEqualTo("Chuyên trang CCHC của tỉnh");
    }

    @Test
    void workingPracticeDeadlinesAreTheShippedDefaults() {
        assertThat(plan.agency()).isEqualTo("Sở Thông tin và Truyền thông tỉnh Sóc Trăng");
        assertThat(plan.timeZone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(plan.review()).isEqualTo(new ReviewDeadlines(2, 5));
        assertThat(plan.provincialHandOffChaseWorkingDays()).isEqualTo(5);
        assertThat(plan.monthlyReportDay()).isEqualTo(5);
    }

    @Test
    void holidaysOf2024AreTheStateAgenciesDaysOff() {
        assertThat(plan.workingDays().holidays()).containsExactly(
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 2, 8), LocalDate.of(2024, 2, 9), LocalDate.of(2024, 2, 10),
                LocalDate.of(2024, 2, 11), LocalDate.of(2024, 2, 12), LocalDate.of(2024, 2, 13),
                LocalDate.of(2024, 2, 14),
                LocalDate.of(2024, 4, 18),
                LocalDate.of(2024, 4, 29), LocalDate.of(2024, 4, 30), LocalDate.of(2024, 5, 1),
                LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 3),
                LocalDate.of(2025, 1, 1));
        assertThat(plan.workingDays().makeUpWorkingDays()).containsExactly(LocalDate.of(2024, 5, 4));
    }

    private QuotaPeriod period(String ruleId, String key) {
        List<QuotaPeriod> matching = plan.periods().stream()
                .filter(period -> period.ruleId().equals(ruleId) && period.periodKey().equals(key))
                .toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    private static OffsetDateTime at(String date) {
        return OffsetDateTime.parse(date + "T23:59:59+07:00");
    }
}
