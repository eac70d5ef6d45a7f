package vn.cchc.editorial.system;

import java.util.Map;

import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.editorial.ApplicationTest;
import vn.cchc.editorial.Items;
import vn.cchc.editorial.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An expected refusal is one INFO line; ERROR with a stack trace is left for what an operator must act on
 * (ExpectedRefusalsOffTheErrorLog).
 */
@ApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class ExpectedRefusalsLogTest {

    @LocalServerPort
    int port;

    @Test
    void aPersonsBadInputIsOneInfoLineWithoutTheEnginesErrorAndStackTrace(CapturedOutput log) {
        var answer = new RestClient(port, "vp.tacgia").post(Items.START,
                Map.of("variables", Map.of("title", Map.of("value", ""))));

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody()).contains("Tiêu đề là bắt buộc");
        assertThat(log.getOut().lines().filter(line -> line.contains("Tiêu đề là bắt buộc")))
                .singleElement().asString().contains(" INFO ", "Refused with 400 InvalidInputException");
        assertThat(log.getOut()).doesNotContain("ENGINE-16004");
    }

    @Test
    void whatNoRowOfTheRefusalsTableKnowsStaysAnErrorWithItsStackTrace(CapturedOutput log) {
        assertThat(LoggerFactory.getILoggerFactory()).isInstanceOf(LoggerContext.class);
        Logger engine = LoggerFactory.getLogger(ExpectedRefusalsOffTheErrorLog.ENGINE_COMMANDS);

        engine.error("ENGINE-16004 Exception while closing command context: {}", "bể ống",
                new IllegalStateException("bể ống"));
        engine.error("ENGINE-16004 Exception while closing command context: {}", "thiếu tiêu đề",
                new InvalidInputException("thiếu tiêu đề"));

        assertThat(log.getOut()).contains("ERROR").contains("java.lang.IllegalStateException: bể ống")
                .doesNotContain("thiếu tiêu đề");
    }
}
