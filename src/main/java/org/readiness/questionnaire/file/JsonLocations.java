package org.readiness.questionnaire.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** Where each part of a JSON document starts, by JSON pointer, so a problem can name its line and column. */
final class JsonLocations {

    private final Map<String, JsonLocation> byPointer;

    private JsonLocations(Map<String, JsonLocation> byPointer) {
        this.byPointer = byPointer;
    }

    /**
     * Reads the locations of every part of a document; a syntax error or nesting deeper than {@code maxDepth} is
     * thrown with where it happened.
     */
    static JsonLocations of(JsonFactory factory, byte[] json, int maxDepth) throws IOException {
        Map<String, JsonLocation> locations = new HashMap<>();
        try (JsonParser parser = factory.createParser(json)) {
            while (parser.nextToken() != null) {
                if (parser.getParsingContext().getNestingDepth() > maxDepth) {
                    throw new TooDeep(parser, maxDepth);
                }
                // A property's name comes before its value, so the name's location wins: that is where people look.
                locations.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(),
                        parser.currentTokenLocation());
            }
        }
        return new JsonLocations(locations);
    }

    static final class TooDeep extends com.fasterxml.jackson.core.JsonParseException {
        TooDeep(JsonParser parser, int maxDepth) {
            super(parser, "the document is nested deeper than " + maxDepth + " levels");
        }
    }

    /** The location of the pointer, or of the nearest part that contains it. */
    JsonLocation find(String pointer) {
        String path = pointer;
        while (true) {
            JsonLocation location = byPointer.get(path);
            if (location != null || path.isEmpty()) {
                return location != null ? location : JsonLocation.NA;
            }
            path = path.substring(0, Math.max(0, path.lastIndexOf('/')));
        }
    }
}
