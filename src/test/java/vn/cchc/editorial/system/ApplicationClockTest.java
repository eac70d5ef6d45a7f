package vn.cchc.editorial.system;

import vn.cchc.editorial.plan.Plan;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class ApplicationClockTest {

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void clockStartMovesTheEngineAndTheApplicationClockThereAndLetsItRun() {
        Instant start = EngineConfiguration.parseClockStart("2024-03-01T08:00:00+07:00");
        long before = System.currentTimeMillis();
        new EditorialEnginePlugin(start).preInit(new StandaloneInMemProcessEngineConfiguration());

        Instant first = new ApplicationClock(Plan.DEFAULT_TIME_ZONE).instant();
        Instant engine = ClockUtil.getCurrentTime().toInstant();
        // however slow the machine, the clocks moved on from the start by no more than the real time that passed
        Duration elapsed = Duration.ofMillis(System.currentTimeMillis() - before + 1);
        assertThat(first).isBetween(start.minusMillis(1), start.plus(elapsed));
        assertThat(engine).isBetween(start.minusMillis(1), start.plus(elapsed));
        await().atMost(Duration.ofSeconds(60)).until(() -> new ApplicationClock(Plan.DEFAULT_TIME_ZONE).instant().isAfter(first));
    }

    @Test
    void noClockStartMeansTheRealTime() {
        assertThat(EngineConfiguration.parseClockStart("")).isNull();
        new EditorialEnginePlugin().preInit(new StandaloneInMemProcessEngineConfiguration());
        Instant before = Instant.now();
        Instant now = new ApplicationClock(Plan.DEFAULT_TIME_ZONE).instant();
        assertThat(now).isBetween(before.minusMillis(1), Instant.now().plusMillis(1));
    }

    @Test
    void aClockStartWithoutOffsetIsRefusedWithTheExpectedFormat() {
        assertThatThrownBy(() -> EngineConfiguration.parseClockStart("2024-03-01 08:00"))
                .hasMessageContaining("cchc.clock.start").hasMessageContaining("2024-03-01T08:00:00+07:00");
    }
}
