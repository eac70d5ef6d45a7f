package vn.cchc.editorial.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of texts as an engine variable: an Object variable serialized as JSON ({@code application/json}) whose
 * type is {@code java.util.ArrayList}; read back, it is an {@code ArrayList} of the same texts.
 * <p>
 * Spin would name the list by its class and its first element's
 * ({@code java.util.ImmutableCollections$List12<java.lang.String>}). No class loader knows that name, and on every
 * read of the variable Spin first asks for it as a class: the application's class loader then looks through
 * every one of its libraries before Spin reads the name as a generic type. That was 1.6 % of the request
 * threads' time (docs/performance.md, "What each fix changed"); a class name is found at once.
 */
public final class JsonListVariable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonListVariable() {
    }

    /**
     * @param texts the list's items, in order
     * @return the variable's value, serialized
     */
    public static ObjectValue of(List<String> texts) {
        try {
            return Variables.serializedObjectValue(JSON.writeValueAsString(texts))
                    .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                    .objectTypeName(ArrayList.class.getName())
                    .create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of texts could not be written as JSON", e);
        }
    }
}
