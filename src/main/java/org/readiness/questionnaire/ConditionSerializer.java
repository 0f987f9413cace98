package org.readiness.questionnaire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.util.List;

/** Writes a {@link Condition} in the same JSON shape the questionnaire file uses. */
class ConditionSerializer extends StdSerializer<Condition> {

    ConditionSerializer() {
        super(Condition.class);
    }

    @Override
    public void serialize(Condition condition, JsonGenerator json, SerializerProvider provider) throws IOException {
        json.writeStartObject();
        if (condition instanceof Condition.All all) {
            writeList(json, "all", all.conditions(), provider);
        } else if (condition instanceof Condition.Any any) {
            writeList(json, "any", any.conditions(), provider);
        } else if (condition instanceof Condition.Not not) {
            json.writeFieldName("not");
            serialize(not.condition(), json, provider);
        } else {
            Condition.Test test = (Condition.Test) condition;
            json.writeStringField("question", test.question());
            json.writeFieldName(test.operator().key());
            provider.defaultSerializeValue(test.value(), json);
        }
        json.writeEndObject();
    }

    private void writeList(JsonGenerator json, String name, List<Condition> conditions, SerializerProvider provider)
            throws IOException {
        json.writeArrayFieldStart(name);
        for (Condition each : conditions) {
            serialize(each, json, provider);
        }
        json.writeEndArray();
    }
}
