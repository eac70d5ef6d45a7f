package vn.cchc.editorial.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.glassfish.jersey.server.ParamException;

/**
 * JAX-RS answers a query or path parameter it cannot convert (maxResults=abc) with a bare 404, as if the
 * address did not exist. It is a malformed request: 400, naming the parameter.
 */
@Priority(1)
public class ParameterErrorsAsBadRequest implements ExceptionMapper<ParamException> {

    @Override
    public Response toResponse(ParamException exception) {
        return Problems.answer(Response.Status.BAD_REQUEST, "InvalidParameter",
                "Tham số \"%s\" có giá trị không hợp lệ.".formatted(exception.getParameterName()));
    }
}
