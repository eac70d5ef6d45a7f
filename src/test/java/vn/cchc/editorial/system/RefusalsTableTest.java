package vn.cchc.editorial.system;

import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.pvm.PvmException;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.spin.SpinRuntimeException;
import org.glassfish.jersey.server.ParamException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.OptimisticLockingFailureException;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The table of refusals row by row, without a server: each kind of failure (as thrown, or wrapped as the
 * engine and its REST API wrap it) gets one status, one type and a Vietnamese message; every text the
 * table names is in messages_vi.properties.
 */
class RefusalsTableTest {

    static final String TASK_GONE = "Không tìm thấy công việc: có thể công việc đã được người khác hoàn thành. Hãy tải lại danh sách công việc.";

    @BeforeAll
    static void messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages_vi");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        Refusals.useMessages(source);
    }

    static Stream<Arguments> rows() {
        RestException wrapped = new InvalidRequestException(Response.Status.INTERNAL_SERVER_ERROR,
                new ProcessEngineException("ENGINE-03051 …", new InvalidInputException("Tiêu đề không được để trống.")), "Cannot submit task form x");
        AuthorizationException engineDenial = new AuthorizationException("bbt.bientap",
                List.of(new MissingAuthorization("TASK_WORK", "Task", "t1")));
        return Stream.of(
                arguments(new InvalidInputException("Tiêu đề không được để trống."), 400, "InvalidInputException", "Tiêu đề không được để trống."),
                arguments(wrapped, 400, "InvalidInputException", "Tiêu đề không được để trống."),
                arguments(new OncePerKeyConflict("Kế hoạch năm 2024 đã được bắt đầu.", null), 409, "OncePerKeyConflict", "Kế hoạch năm 2024 đã được bắt đầu."),
                arguments(new OptimisticLockingException("ENGINE-03005 …"), 409, "ConcurrentChange", "người khác xử lý cùng lúc"),
                arguments(new OptimisticLockingFailureException("row was updated"), 409, "ConcurrentChange", "người khác xử lý cùng lúc"),
                arguments(new jakarta.persistence.OptimisticLockException("stale"), 409, "ConcurrentChange", "người khác xử lý cùng lúc"),
                arguments(new ProcessEngineException("ENGINE-13013 Cannot restore state of process instance 42"), 409, "ConcurrentChange", "người khác xử lý cùng lúc"),
                arguments(new PvmException("execution 7 has no current activity"), 409, "ConcurrentChange", "người khác xử lý cùng lúc"),
                arguments(new TaskAlreadyClaimedException("t1", "bbt.bientap"), 409, "TaskAlreadyClaimed", "(bbt.bientap)"),
                arguments(engineDenial, 403, "AuthorizationException", "cần quyền TASK_WORK trên Task t1"),
                arguments(new AuthorizationException("Người soạn tin bài không được duyệt tin bài của mình."), 403, "AuthorizationException",
                        "Người soạn tin bài không được duyệt tin bài của mình."),
                arguments(new ProcessEngineException("while invoking", new SpinRuntimeException("Unexpected end")), 400, "InvalidJsonValue",
                        "Giá trị kiểu Json hoặc Object không đọc được: Unexpected end"),
                arguments(new NullValueException("type is null"), 400, "NullValueException", "thiếu một giá trị bắt buộc"),
                arguments(new BadUserRequestException("Ngày đăng không hợp lệ."), 400, "BadUserRequestException", "Ngày đăng không hợp lệ."),
                arguments(new InvalidRequestException(Response.Status.BAD_REQUEST, "Cannot convert value 'abc' of type 'Date' to java type java.util.Date"),
                        400, "InvalidRequestException", "Giá trị \"abc\" không đúng kiểu Date đã khai báo."),
                arguments(new ParamException.QueryParamException(new NumberFormatException(), "maxResults", null), 400, "InvalidParameter",
                        "Tham số \"maxResults\" có giá trị không hợp lệ."));
    }

    @ParameterizedTest
    @MethodSource("rows")
    void eachKindOfFailureHasOneStatusAndAVietnameseMessage(Throwable failure, int status, String type, String message) {
        Refusals.Refusal refusal = Refusals.refusalOf(failure).orElseThrow();

        assertThat(refusal.status()).isEqualTo(status);
        assertThat(refusal.type()).isEqualTo(type);
        assertThat(refusal.message()).contains(message).doesNotContain("ENGINE-").doesNotContain("Exception");
    }

    @Test
    void aFailureNoRowNamesKeepsCamundasOwnAnswer() {
        assertThat(Refusals.refusalOf(new NullPointerException("x"))).isEmpty();
        assertThat(Refusals.refusalOf(new ProcessEngineException("ENGINE-09005 Could not parse BPMN process"))).isEmpty();
        // a required value missing deep inside the engine is its own trouble, not the request's
        assertThat(Refusals.refusalOf(new ProcessEngineException("failed", new NullValueException("execution is null")))).isEmpty();
    }

    @Test
    void aStatusTheRestApiChoseItselfStaysUnlessAFormRefusedTheInput() {
        RestException unknown = new InvalidRequestException(Response.Status.NOT_FOUND, new NotFoundException("no definition"), "No matching definition");
        assertThat(Refusals.refusalOf(unknown)).isEmpty();
    }

    @Test
    void everyTextTheTableNamesIsInTheVietnameseMessages() throws Exception {
        Properties texts = new Properties();
        try (var in = new InputStreamReader(getClass().getResourceAsStream("/messages_vi.properties"), StandardCharsets.UTF_8)) {
            texts.load(in);
        }
        for (Refusals.Row row : Refusals.TABLE) {
            if (row.messageKey() != null) {
                assertThat(texts).as(row.exception().getSimpleName()).containsKey(row.messageKey());
            }
        }
        for (String key : List.of("refusal.task-not-found", "refusal.unreadable-body", "refusal.missing-body",
                "refusal.negative-paging", "refusal.system-failure")) {
            assertThat(texts).containsKey(key);
        }
        assertThat(Refusals.text("refusal.task-not-found")).isEqualTo(TASK_GONE);
    }
}
