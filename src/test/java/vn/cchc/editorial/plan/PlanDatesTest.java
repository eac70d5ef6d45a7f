package vn.cchc.editorial.plan;

import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Dates and times as people and programs write them, read in the plan's zone. */
class PlanDatesTest {

    static final ZoneId VIETNAM = Plan.DEFAULT_TIME_ZONE;

    @Test
    void anInstantInUtcIsTheDayItIsInVietnam() {
        assertThat(PlanDates.date("2024-03-01T17:30:00.000Z", VIETNAM)).isEqualTo(LocalDate.of(2024, 3, 2));
        assertThat(PlanDates.date("2024-03-01T16:59:59Z", VIETNAM)).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void anOffsetOfSevenHoursAndTheSameMomentInUtcAreOneDay() {
        assertThat(PlanDates.date("2024-03-02T00:30:00+07:00", VIETNAM))
                .isEqualTo(PlanDates.date("2024-03-01T17:30:00Z", VIETNAM)).isEqualTo(LocalDate.of(2024, 3, 2));
        // as Camunda's REST API writes a Date, without the colon
        assertThat(PlanDates.date("2024-03-01T17:30:00.000+0000", VIETNAM)).isEqualTo(LocalDate.of(2024, 3, 2));
    }

    @Test
    void aDateVariableIsTheDayItIsInVietnam() {
        Date halfPastMidnight = Date.from(Instant.parse("2024-12-31T17:30:00Z"));
        assertThat(PlanDates.date(halfPastMidnight, VIETNAM)).isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void aDateAloneOrALocalTimeIsThePlansOwn() {
        assertThat(PlanDates.date("2024-03-02", VIETNAM)).isEqualTo(LocalDate.of(2024, 3, 2));
        assertThat(PlanDates.date("2024-03-02T00:30", VIETNAM)).isEqualTo(LocalDate.of(2024, 3, 2));
        assertThat(PlanDates.instant("2024-03-02T00:30", VIETNAM)).isEqualTo(Instant.parse("2024-03-01T17:30:00Z"));
        assertThat(PlanDates.instant("2024-03-02", VIETNAM)).isEqualTo(Instant.parse("2024-03-01T17:00:00Z"));
    }

    @Test
    void theZoneIsThePlansNotAFixedOne() {
        assertThat(PlanDates.date("2024-03-01T17:30:00Z", ZoneId.of("America/New_York"))).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void anythingElseIsRefused() {
        for (String text : new String[]{"2024-13-45", "01/03/2024", "2024-03-01 08:00", "2024-03-01T25:00Z", ""}) {
            assertThatThrownBy(() -> PlanDates.date(text, VIETNAM)).as(text).isInstanceOf(DateTimeException.class);
        }
    }

    @Test
    void theShippedPlansZoneIsTheCatalogs() {
        assertThat(new PlanCatalog((java.nio.file.Path) null).timeZone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
