package org.readiness.questionnaire.file;

import org.readiness.questionnaire.Questionnaire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Turns the bytes of one questionnaire file into a {@link Questionnaire}, or into the list of everything wrong
 * with it: syntax, the schema, then the semantic rules. Never throws on a bad file.
 */
public final class QuestionnaireReader {

    /** A questionnaire is a few dozen kilobytes; anything this big is a mistake or an attack. */
    public static final int MAX_FILE_BYTES = 1024 * 1024;
    private static final int MAX_NESTING = 64;
    /** Jackson's own guard, set above ours so that ours, which knows the line, speaks first. */
    private static final int PARSER_MAX_NESTING = 1000;

    private final ObjectMapper mapper;
    private final SchemaCheck schemaCheck = new SchemaCheck();

    public QuestionnaireReader() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(PARSER_MAX_NESTING).build())
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        mapper = JsonMapper.builder(factory)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    public Result read(String file, byte[] content) {
        if (content.length > MAX_FILE_BYTES) {
            return refused(new FileProblem(file, "", 0, 0, "the file is " + content.length / 1024
                    + " KB; a questionnaire may be at most " + MAX_FILE_BYTES / 1024 + " KB."));
        }
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF) {
            return refused(new FileProblem(file, "", 1, 1,
                    "the file starts with a byte order mark; save it as UTF-8 without BOM."));
        }
        if (new String(content, java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
            return refused(new FileProblem(file, "", 0, 0, "the file is empty."));
        }
        JsonLocations locations;
        JsonNode document;
        try {
            locations = JsonLocations.of(mapper.getFactory(), content, MAX_NESTING);
            document = mapper.readerFor(JsonNode.class)
                    .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readValue(content);
        } catch (JsonProcessingException e) {
            JsonLocation at = locationOf(e);
            return refused(new FileProblem(file, pointerOf(e), Math.max(at.getLineNr(), 0),
                    Math.max(at.getColumnNr(), 0), "the file is not valid JSON: " + e.getOriginalMessage() + "."));
        } catch (IOException e) {
            return refused(new FileProblem(file, "", 0, 0, "the file could not be read: " + e.getMessage()));
        }
        List<Finding> schemaFindings = schemaCheck.check(document);
        if (!schemaFindings.isEmpty()) {
            return refused(locate(file, schemaFindings, locations));
        }
        Questionnaire questionnaire;
        try {
            questionnaire = mapper.treeToValue(document, Questionnaire.class).withContentHash(sha256(content));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return refused(new FileProblem(file, "", 0, 0, "the file fits the schema but could not be read: "
                    + e.getMessage()));
        }
        List<Finding> semanticFindings = SemanticCheck.check(questionnaire, document);
        if (!semanticFindings.isEmpty()) {
            return refused(locate(file, semanticFindings, locations));
        }
        return new Result(questionnaire, List.of());
    }

    private static JsonLocation locationOf(JsonProcessingException e) {
        if (e.getLocation() != null) {
            return e.getLocation();
        }
        return e.getProcessor() instanceof JsonParser parser ? parser.currentLocation() : JsonLocation.NA;
    }

    private static String pointerOf(JsonProcessingException e) {
        if (e.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
            return parser.getParsingContext().pathAsPointer().toString();
        }
        return "";
    }

    private static List<FileProblem> locate(String file, List<Finding> findings, JsonLocations locations) {
        return findings.stream().map(finding -> {
            JsonLocation at = locations.find(finding.pointer());
            return new FileProblem(file, finding.pointer(), Math.max(at.getLineNr(), 0),
                    Math.max(at.getColumnNr(), 0), finding.message());
        }).toList();
    }

    private static Result refused(FileProblem problem) {
        return refused(List.of(problem));
    }

    private static Result refused(List<FileProblem> problems) {
        return new Result(null, problems);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Either a questionnaire (and no problems) or the problems that refused the file. */
    public record Result(Questionnaire questionnaire, List<FileProblem> problems) {

        public boolean isAccepted() {
            return questionnaire != null;
        }
    }
}
