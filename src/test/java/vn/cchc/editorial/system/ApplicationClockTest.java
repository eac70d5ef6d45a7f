package vn.cchc.editorial.system;

import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApplicationClockTest {

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void clockStartMovesTheEngineAndTheApplicationClockThereAndLetsItRun() throws Exception {
        Instant start = EngineConfiguration.parseClockStart("2024-03-01T08:00:00+07:00");
        new EditorialEnginePlugin(start).preInit(new StandaloneInMemProcessEngineConfiguration());

        Instant first = new ApplicationClock().instant();
        assertThat(Duration.between(start, first).abs()).isLessThan(Duration.ofSeconds(5));
        assertThat(ClockUtil.getCurrentTime().toInstant()).isBetween(start, start.plusSeconds(5));
        Thread.sleep(20);
        assertThat(new ApplicationClock().instant()).isAfter(first);
    }

    @Test
    void noClockStartMeansTheRealTime() {
        assertThat(EngineConfiguration.parseClockStart("")).isNull();
        new EditorialEnginePlugin().preInit(new StandaloneInMemProcessEngineConfiguration());
        assertThat(Duration.between(Instant.now(), new ApplicationClock().instant()).abs()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aClockStartWithoutOffsetIsRefusedWithTheExpectedFormat() {
        assertThatThrownBy(() -> EngineConfiguration.parseClockStart("2024-03-01 08:00"))
                .hasMessageContaining("cchc.clock.start").hasMessageContaining("2024-03-01T08:00:00+07:00");
    }
}
