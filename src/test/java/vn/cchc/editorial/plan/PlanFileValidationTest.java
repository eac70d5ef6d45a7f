package vn.cchc.editorial.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import org.junit.jupiter.api.Test;

class PlanFileValidationTest {

    @Test
    void theSmallTestPlanThatTheInvalidFilesBreakIsItselfValid() {
        Plan plan = PlanFiles.read("plans/valid/plan-2024.yaml");

        assertThat(plan.agency()).isEqualTo("Sở Thử nghiệm");
        assertThat(plan.periods()).hasSize(12 + 4);
    }

    @Test
    void unknownLeadUnitIsRefusedAtItsLine() {
        assertRefused("unknown-lead-unit", 35, "đơn vị 'phong-khong-co' không có trong danh sách đơn vị (units)");
    }

    @Test
    void unknownCoordinatingUnitIsRefusedAtItsLine() {
        assertRefused("unknown-coordinating-unit", 36, "đơn vị 'phong-khac' không có trong danh sách đơn vị");
    }

    @Test
    void monthWithoutALeadUnitIsRefusedAtTheRotation() {
        assertRefused("rotation-gap", 31, "tháng 6 chưa có đơn vị chủ trì (chỉ tiêu 'portal-monthly')");
    }

    @Test
    void quarterSplitBetweenTwoLeadUnitsIsRefusedAtTheRotation() {
        assertRefused("quarter-with-two-leads", 42, "quý I có hơn một đơn vị chủ trì (thanh-tra, van-phong)");
    }

    @Test
    void monthGivenToTwoLeadUnitsIsRefusedAtTheSecondOne() {
        assertRefused("overlapping-rotation", 34, "tháng 6 đã giao cho đơn vị van-phong ở dòng 32");
    }

    @Test
    void deadlineOnTheThirtyFirstIsRefusedWhenAPeriodEndsInAThirtyDayMonth() {
        assertRefused("deadline-day-31", 41, "ngày hạn 31 không có trong tháng 6/2024 (tháng cuối của kỳ 2024-Q2)");
    }

    @Test
    void holidayOnTheThirtiethOfFebruaryIsRefused() {
        assertRefused("impossible-holiday", 54, "ngày 2024-02-30 không có trên lịch");
    }

    @Test
    void twoRulesWithTheSameIdAreRefusedAtTheSecond() {
        assertRefused("duplicate-rule-id", 37, "mã chỉ tiêu 'portal-monthly' đã dùng ở dòng 26");
    }

    @Test
    void twoMonthlyRulesOnOneChannelAreRefusedAtTheSecond() {
        assertRefused("duplicate-channel-period", 38, "kênh DEPARTMENT_PORTAL đã có một chỉ tiêu theo tháng ở dòng 26");
    }

    @Test
    void ruleOnAnUnknownChannelIsRefusedAtItsLine() {
        assertRefused("unknown-channel", 38, "kênh 'PROVINCIAL_CCHC_PAGE' không có trong danh sách kênh (channels)");
    }

    @Test
    void planWithoutAYearIsRefused() {
        assertRefused("missing-year", 2, "thiếu năm của kế hoạch");
    }

    @Test
    void planWhoseYearIsNotTheOneInItsFileNameIsRefused() {
        assertThatThrownBy(() -> PlanFiles.read("plans/invalid/year-not-in-name/plan-2025.yaml"))
                .isInstanceOf(PlanFileException.class)
                .hasMessage("Tệp kế hoạch plans/invalid/year-not-in-name/plan-2025.yaml, dòng 2: năm 2024 không khớp"
                        + " với tên tệp plan-2025.yaml (tệp của năm 2024 phải tên là plan-2024.yaml)");
    }

    @Test
    void brokenYamlIsRefusedAtTheLineWhereItBreaks() {
        assertRefused("syntax-error", 40, "không đọc được cú pháp YAML");
    }

    @Test
    void misspeltKeyIsRefusedRatherThanIgnored() {
        assertRefused("misspelt-key", 30, "khóa 'deadlineDays' không thuộc định dạng tệp kế hoạch");
    }

    @Test
    void makeUpWorkingDayOnAWeekdayIsRefused() {
        assertRefused("make-up-day-on-a-weekday", 56, "ngày làm bù 2024-05-06 không phải thứ Bảy hay Chủ nhật");
    }

    @Test
    void misspeltSectionIsRefusedAtItsKeyRatherThanAtTheKeysUnderIt() {
        assertRefused("misspelt-section", 46, "khóa 'reviews' không thuộc định dạng tệp kế hoạch",
                "các khóa được dùng ở đây: agency, budget, channels");
    }

    @Test
    void keyGivenTwiceIsRefusedAtTheSecondWithTheLineOfTheFirst() {
        assertRefused("duplicate-key", 29, "khóa 'minimum' xuất hiện hai lần (lần đầu ở dòng 28)");
    }

    @Test
    void roleTheFormatDoesNotKnowIsRefusedNamingTheRolesItKnows() {
        assertRefused("unknown-role", 13, "khóa 'role' phải là một trong AUTHORING, EDITORIAL_BOARD, DIRECTORS, OFFICE",
                "không phải 'EDITOR'");
    }

    @Test
    void numberWrittenInWordsIsRefusedAtItsLine() {
        assertRefused("minimum-in-words", 28, "khóa 'minimum' phải là một số nguyên, không phải 'một'");
    }

    @Test
    void unitWithoutANameIsRefusedAtTheUnit() {
        assertRefused("unit-without-a-name", 8, "thiếu giá trị của khóa 'name'");
    }

    @Test
    void holidaysWrittenAsOneValueAreRefusedAsNotAList() {
        assertRefused("holidays-not-a-list", 52, "khóa 'holidays' phải là một danh sách");
    }

    @Test
    void emptyHolidaysAreRefusedForRemindersAreCountedInWorkingDays() {
        assertRefused("holidays-empty", 52, "danh sách ngày nghỉ (holidays) không có ngày nào của năm 2024");
    }

    @Test
    void holidaysOfTheFollowingYearOnlyAreRefusedAsAYearWithoutItsDaysOff() {
        assertRefused("no-holidays-of-the-year", 52, "danh sách ngày nghỉ (holidays) không có ngày nào của năm 2024");
    }

    @Test
    void theFormerCalendarDaysReminderKeyIsRefusedNamingTheWorkingDaysOne() {
        assertRefused("calendar-days-reminder-key", 45, "khóa 'reminderDaysBeforeDeadline' không thuộc định dạng tệp kế hoạch",
                "reminderWorkingDaysBeforeDeadline");
    }

    @Test
    void periodicReportsTakeTheProvincialDefaultsWhenThePlanStatesNone() {
        Plan plan = PlanFiles.read("plans/valid/plan-2024.yaml");

        assertThat(plan.periodicReports()).isEqualTo(PeriodicReports.DEFAULT);
        assertThat(plan.periodicReports().quarter()).isEqualTo(new PeriodicReportDays(15, 14, 20));
    }

    @Test
    void periodicReportDueBeforeItsWindowEndsIsRefusedAtTheDueDay() {
        assertRefused("periodic-due-before-window-end", 55, "'windowEndDay' (20) phải nhỏ hơn 'dueDay' (18)");
    }

    @Test
    void unknownKeyInPeriodicReportsIsRefusedAtItsLine() {
        assertRefused("periodic-unknown-key", 54, "khóa 'dueDays' không thuộc định dạng tệp kế hoạch");
    }

    @Test
    void rejectedItemsFilesAreKeptNinetyDaysUnlessThePlanSaysOtherwiseAndAtLeastOne() {
        assertThat(PlanFiles.read("plans/valid/plan-2024.yaml").rejectedItemFilesKeptDays()).isEqualTo(90);
        assertRefused("rejected-files-kept-zero", 51, "phải từ 1 trở lên, không phải 0");
    }

    private static void assertRefused(String example, int line, String... problem) {
        String file = "plans/invalid/" + example + "/plan-2024.yaml";
        assertThatThrownBy(() -> PlanFiles.read(file))
                .isInstanceOf(PlanFileException.class)
                .hasMessageStartingWith("Tệp kế hoạch " + file + ", dòng " + line + ": ")
                .hasMessageContainingAll(problem)
                .asInstanceOf(type(PlanFileException.class))
                .satisfies(refusal -> {
                    assertThat(refusal.file()).isEqualTo(file);
                    assertThat(refusal.line()).isEqualTo(line);
                });
    }
}
