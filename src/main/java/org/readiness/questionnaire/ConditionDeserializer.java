package org.readiness.questionnaire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Reads a {@link Condition} from the JSON shapes the schema allows. */
class ConditionDeserializer extends StdDeserializer<Condition> {

    ConditionDeserializer() {
        super(Condition.class);
    }

    @Override
    public Condition deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        return read(parser.readValueAsTree(), parser, context);
    }

    private Condition read(JsonNode node, JsonParser parser, DeserializationContext context) throws IOException {
        if (node.has("all")) {
            return new Condition.All(readList(node.get("all"), parser, context));
        }
        if (node.has("any")) {
            return new Condition.Any(readList(node.get("any"), parser, context));
        }
        if (node.has("not")) {
            return new Condition.Not(read(node.get("not"), parser, context));
        }
        if (node.has("question")) {
            for (Condition.Operator operator : Condition.Operator.values()) {
                if (node.has(operator.key())) {
                    return new Condition.Test(node.get("question").asText(), operator, value(node.get(operator.key())));
                }
            }
        }
        return (Condition) context.handleUnexpectedToken(Condition.class, parser);
    }

    private List<Condition> readList(JsonNode array, JsonParser parser, DeserializationContext context)
            throws IOException {
        List<Condition> conditions = new ArrayList<>();
        for (JsonNode element : array) {
            conditions.add(read(element, parser, context));
        }
        return conditions;
    }

    private static Object value(JsonNode node) {
        if (node.isArray()) {
            List<Object> values = new ArrayList<>();
            node.forEach(element -> values.add(value(element)));
            return List.copyOf(values);
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return new BigDecimal(node.asText());
        }
        return node.asText();
    }
}
