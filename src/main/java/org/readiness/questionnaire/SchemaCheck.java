package org.readiness.questionnaire;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Checks a questionnaire document against the JSON Schema shipped with the app. */
final class SchemaCheck {

    /** Where the schema lies on the classpath; the app also serves it under this path. */
    static final String SCHEMA_RESOURCE = "/schemas/questionnaire.schema.json";

    private final JsonSchema schema;

    SchemaCheck() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .locale(Locale.ENGLISH)
                .build();
        try (InputStream in = SchemaCheck.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The questionnaire schema is missing from the classpath: " + SCHEMA_RESOURCE);
            }
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each problem as its pointer and a sentence; empty when the document fits the schema. */
    List<Finding> check(JsonNode document) {
        return schema.validate(document).stream()
                .map(message -> new Finding(pointer(message), sentence(message)))
                .distinct()
                .sorted(Comparator.comparing(Finding::pointer).thenComparing(Finding::message))
                .toList();
    }

    /** An unknown field is reported where the field itself stands, not at the object holding it. */
    private static String pointer(ValidationMessage message) {
        String pointer = message.getInstanceLocation().toString();
        return "additionalProperties".equals(message.getType())
                ? pointer + "/" + message.getProperty().replace("~", "~0").replace("/", "~1")
                : pointer;
    }

    private static String sentence(ValidationMessage message) {
        String property = message.getProperty();
        return switch (message.getType()) {
            case "required" -> "the required field \"" + property + "\" is missing.";
            case "additionalProperties" -> "the field \"" + property
                    + "\" is not part of the questionnaire format (check its spelling and where it stands).";
            case "pattern" -> message.getInstanceNode() + " is not a valid id or code here: ids are lower-case letters "
                    + "and digits, with single hyphens between words (like \"company-size\").";
            case "enum" -> message.getInstanceNode() + " is not one of the allowed values " + message.getArguments()[0] + ".";
            case "minimum" -> "the value " + message.getInstanceNode() + " is below the smallest allowed, "
                    + message.getArguments()[0] + ".";
            case "maximum" -> "the value " + message.getInstanceNode() + " is above the largest allowed, "
                    + message.getArguments()[0] + ".";
            case "type" -> "the value " + abbreviated(message.getInstanceNode().toString()) + " has the wrong type: "
                    + message.getError() + ".";
            default -> message.getError() + (message.getError().endsWith(".") ? "" : ".");
        };
    }

    private static String abbreviated(String json) {
        return json.length() <= 40 ? json : json.substring(0, 37) + "...";
    }
}
