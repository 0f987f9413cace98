package org.readiness.questionnaire.file;

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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
        Set<ValidationMessage> messages = schema.validate(document);
        List<String> badConditions = deepestConditionFailures(messages);
        List<Finding> findings = new ArrayList<>();
        badConditions.forEach(pointer -> findings.add(new Finding(pointer, CONDITION_SHAPE)));
        messages.stream()
                .filter(message -> badConditions.stream().noneMatch(pointer -> isWithin(pointer(message), pointer)))
                .map(message -> new Finding(pointer(message), sentence(message)))
                .forEach(findings::add);
        return findings.stream()
                .distinct()
                .sorted(Comparator.comparing(Finding::pointer).thenComparing(Finding::message))
                .toList();
    }

    private static final String CONDITION_SHAPE = "this condition does not have a valid shape: write {\"all\": [...]}, "
            + "{\"any\": [...]}, {\"not\": {...}} or {\"question\": \"<id>\", \"<operator>\": <value>} with exactly one "
            + "operator of equals, in, atLeast, atMost or answered.";

    /**
     * A broken condition fails every branch of the schema's "oneOf", which alone would give a handful of confusing
     * messages; the innermost broken condition is reported once instead, in words.
     */
    private static List<String> deepestConditionFailures(Set<ValidationMessage> messages) {
        List<String> failed = messages.stream()
                .filter(message -> "oneOf".equals(message.getType()))
                .map(message -> message.getInstanceLocation().toString())
                .distinct()
                .toList();
        return failed.stream()
                .filter(pointer -> failed.stream().noneMatch(other -> !other.equals(pointer) && isWithin(other, pointer)))
                .toList();
    }

    private static boolean isWithin(String pointer, String container) {
        return pointer.equals(container) || pointer.startsWith(container + "/");
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
