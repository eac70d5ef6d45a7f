package vn.cchc.editorial.system;

import org.camunda.bpm.engine.impl.variable.serializer.PrimitiveValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

import java.nio.charset.StandardCharsets;

/**
 * Camunda keeps a String variable in a 4000-character column, so an article's content (up to 200 KB)
 * would fail to save. Strings longer than that are stored in the engine's byte-array table instead; they
 * are still String variables for Tasklist, forms and the REST API. Composed to NFC as shorter strings are
 * ({@link ComposedStringSerializer}).
 */
public class LongStringSerializer extends PrimitiveValueSerializer<StringValue> {

    public static final String NAME = "cchcLongString";
    static final int TEXT_COLUMN_LIMIT = 4000;

    public LongStringSerializer() {
        super(ValueType.STRING);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    protected boolean canWriteValue(TypedValue value) {
        Object raw = value.getValue();
        return raw instanceof String s && s.length() > TEXT_COLUMN_LIMIT;
    }

    @Override
    public boolean canHandle(TypedValue value) {
        // the type may be unset (an untyped value from a form) or String
        return (value.getType() == null || ValueType.STRING.equals(value.getType())) && canWriteValue(value);
    }

    @Override
    public StringValue convertToTypedValue(UntypedValueImpl untypedValue) {
        return Variables.stringValue((String) untypedValue.getValue(), untypedValue.isTransient());
    }

    @Override
    public void writeValue(StringValue value, ValueFields valueFields) {
        valueFields.setByteArrayValue(ComposedStringSerializer.composed(value.getValue()).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public StringValue readValue(ValueFields valueFields, boolean asTransientValue) {
        byte[] bytes = valueFields.getByteArrayValue();
        return Variables.stringValue(bytes == null ? null : new String(bytes, StandardCharsets.UTF_8), asTransientValue);
    }
}
