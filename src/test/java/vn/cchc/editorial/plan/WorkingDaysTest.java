package vn.cchc.editorial.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private final WorkingDays days = PlanFiles.read("plans/plan-2024.yaml").workingDays();

    @Test
    void fiveWorkingDaysBeforeAMondayDeadlineIsTheMondayBeforeAtEight() {
        assertThat(days.openingWorkingDaysBefore(LocalDate.parse("2024-03-25"), 5)).isEqualTo(at("2024-03-18T08:00"));
    }

    @Test
    void workingDaysBeforeASundayDeadlineLeaveTheWholeWeekBeforeIt() {
        assertThat(days.openingWorkingDaysBefore(LocalDate.parse("2024-08-25"), 5)).isEqualTo(at("2024-08-19T08:00"));
        assertThat(days.openingWorkingDaysBefore(LocalDate.parse("2024-08-25"), 0)).isEqualTo(at("2024-08-23T08:00"));
        assertThat(days.openingWorkingDaysBefore(LocalDate.parse("2024-08-26"), 0)).isEqualTo(at("2024-08-26T08:00"));
    }

    @Test
    void workingDaysBeforeADeadlineSkipTheHolidaysOfThePlan() {
        // Thursday 18 April 2024 is Giỗ Tổ Hùng Vương: five working days before Thursday 25 April is Wednesday 17
        assertThat(days.openingWorkingDaysBefore(LocalDate.parse("2024-04-25"), 5)).isEqualTo(at("2024-04-17T08:00"));
    }

    @Test
    void theMorningAfterADeadlineIsEightOClockOfTheNextWorkingDay() {
        assertThat(days.openingOfWorkingDayAfter(LocalDate.parse("2024-03-25"))).isEqualTo(at("2024-03-26T08:00"));
        assertThat(days.openingOfWorkingDayAfter(LocalDate.parse("2024-08-23"))).isEqualTo(at("2024-08-26T08:00"));
        // Friday 26 April: the swapped Monday, 30 April and 1 May are off
        assertThat(days.openingOfWorkingDayAfter(LocalDate.parse("2024-04-26"))).isEqualTo(at("2024-05-02T08:00"));
    }

    @Test
    void theNextOpeningIsEightOClockOfAWorkingDayNeverADayOffOrANight() {
        assertThat(days.openingAtOrAfter(at("2024-03-26T07:00"))).isEqualTo(at("2024-03-26T08:00"));
        assertThat(days.openingAtOrAfter(at("2024-03-26T08:00"))).isEqualTo(at("2024-03-26T08:00"));
        assertThat(days.openingAtOrAfter(at("2024-03-26T08:00:01"))).isEqualTo(at("2024-03-27T08:00"));
        // Friday night, then Saturday and Sunday: Monday morning
        assertThat(days.openingAtOrAfter(at("2024-08-23T23:59:59"))).isEqualTo(at("2024-08-26T08:00"));
        assertThat(days.openingAtOrAfter(at("2024-08-24T07:00"))).isEqualTo(at("2024-08-26T08:00"));
        // during Tết (8–14 February 2024): the first morning after it
        assertThat(days.openingAtOrAfter(at("2024-02-09T10:00"))).isEqualTo(at("2024-02-15T08:00"));
        // Friday 3 May 2024 after opening: the worked Saturday 4 May
        assertThat(days.openingAtOrAfter(at("2024-05-03T10:00"))).isEqualTo(at("2024-05-04T08:00"));
    }

    @Test
    void theOfficesAreOpenFromEightOnWorkingDaysOnly() {
        assertThat(days.isOpenAt(at("2024-08-24T00:15").toInstant())).as("Saturday").isFalse();
        assertThat(days.isOpenAt(at("2024-08-26T07:59:59").toInstant())).isFalse();
        assertThat(days.isOpenAt(at("2024-08-26T08:00").toInstant())).isTrue();
        assertThat(days.isOpenAt(at("2024-08-26T23:00").toInstant())).isTrue();
        assertThat(days.isOpenAt(at("2024-09-02T10:00").toInstant())).as("National Day").isFalse();
        assertThat(days.isOpenAt(at("2024-05-04T09:00").toInstant())).as("a worked Saturday").isTrue();
    }

    @Test
    void oneWorkingDayFromFridayIsMondayAtTheSameTime() {
        assertThat(days.plusWorkingDays(at("2024-03-01T10:15"), 1)).isEqualTo(at("2024-03-04T10:15"));
    }

    @Test
    void twoWorkingDaysFromThursdaySkipTheWeekend() {
        assertThat(days.plusWorkingDays(at("2024-03-07T16:00"), 2)).isEqualTo(at("2024-03-11T16:00"));
    }

    @Test
    void countingFromASaturdayStartsAtTheBeginningOfMonday() {
        assertThat(days.plusWorkingDays(at("2024-03-02T10:00"), 1)).isEqualTo(at("2024-03-05T00:00"));
        assertThat(days.plusWorkingDays(at("2024-03-02T10:00"), 0)).isEqualTo(at("2024-03-04T00:00"));
    }

    @Test
    void zeroWorkingDaysFromAWorkingDayIsTheSameInstant() {
        assertThat(days.plusWorkingDays(at("2024-03-05T09:30"), 0)).isEqualTo(at("2024-03-05T09:30"));
    }

    @Test
    void tetHolidaySkipsTheWholeWeekFrom8To14February() {
        assertThat(days.plusWorkingDays(at("2024-02-07T09:00"), 1)).isEqualTo(at("2024-02-15T09:00"));
        assertThat(days.plusWorkingDays(at("2024-02-06T09:00"), 2)).isEqualTo(at("2024-02-15T09:00"));
    }

    @Test
    void itemArrivingDuringTetIsCountedFromTheFirstMorningAfterIt() {
        assertThat(days.plusWorkingDays(at("2024-02-10T20:00"), 2)).isEqualTo(at("2024-02-19T00:00"));
    }

    @Test
    void reunificationAndLabourDaysAreSkippedWithTheSwappedMonday() {
        // Friday 26 April: Sat 27, Sun 28, Mon 29 (swapped), Tue 30 April and Wed 1 May are off
        assertThat(days.plusWorkingDays(at("2024-04-26T14:00"), 1)).isEqualTo(at("2024-05-02T14:00"));
        assertThat(days.plusWorkingDays(at("2024-04-26T14:00"), 2)).isEqualTo(at("2024-05-03T14:00"));
    }

    @Test
    void makeUpSaturdayAfterTheSwapIsAWorkingDay() {
        assertThat(days.isWorkingDay(at("2024-05-04T00:00").toLocalDate())).isTrue();
        assertThat(days.plusWorkingDays(at("2024-05-03T14:00"), 1)).isEqualTo(at("2024-05-04T14:00"));
        assertThat(days.plusWorkingDays(at("2024-05-04T14:00"), 1)).isEqualTo(at("2024-05-06T14:00"));
    }

    @Test
    void nationalDayHolidaySkipsMondayAndTuesday() {
        assertThat(days.plusWorkingDays(at("2024-08-30T08:00"), 1)).isEqualTo(at("2024-09-04T08:00"));
    }

    @Test
    void newYearsDayOfTheFollowingYearIsSkippedInLateDecember() {
        assertThat(days.plusWorkingDays(at("2024-12-31T08:00"), 1)).isEqualTo(at("2025-01-02T08:00"));
    }

    @Test
    void instantGivenInAnotherZoneIsCountedInTheAgencysOwnDays() {
        // 23:00 UTC on Friday 1 March is 06:00 on Saturday 2 March in Hồ Chí Minh City
        ZonedDateTime fridayEveningUtc = ZonedDateTime.parse("2024-03-01T23:00:00Z");

        assertThat(days.plusWorkingDays(fridayEveningUtc, 1)).isEqualTo(at("2024-03-05T00:00"));
    }

    @Test
    void negativeWorkingDaysAreRefused() {
        assertThatThrownBy(() -> days.plusWorkingDays(at("2024-03-05T09:30"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ZonedDateTime at(String localDateTime) {
        return ZonedDateTime.parse(localDateTime + "+07:00[Asia/Ho_Chi_Minh]");
    }
}
