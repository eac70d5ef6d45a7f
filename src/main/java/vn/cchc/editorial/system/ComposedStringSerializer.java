package vn.cchc.editorial.system;

import org.camunda.bpm.engine.impl.variable.serializer.StringValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.StringValue;

import java.text.Normalizer;

/**
 * Every String variable the engine stores, and every String a variable query compares with, in Unicode
 * NFC. Vietnamese typed with combining marks (NFD) and the precomposed form Tasklist's search sends are
 * then the same text in the database: a title typed one way is found by words typed the other. Reading
 * stays Camunda's (the serializer keeps the name {@code string}); long strings are composed the same way
 * by {@link LongStringSerializer}.
 */
public class ComposedStringSerializer extends StringValueSerializer {

    @Override
    public void writeValue(StringValue value, ValueFields valueFields) {
        super.writeValue(Variables.stringValue(composed(value.getValue()), value.isTransient()), valueFields);
    }

    static String composed(String text) {
        return text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
