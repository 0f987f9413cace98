package org.readiness.questionnaire.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;

import java.io.IOException;

/** Where a JSON pointer stands in a file (line and column, 1-based; 0 when unknown), as problems name it. */
public final class PointerLocations {

    private final JsonLocations locations;

    private PointerLocations(JsonLocations locations) {
        this.locations = locations;
    }

    /** The locations of a file that reads as JSON; none for one that does not. */
    public static PointerLocations of(byte[] json) {
        try {
            return new PointerLocations(JsonLocations.of(new JsonFactory(), json, Integer.MAX_VALUE));
        } catch (IOException notJson) {
            return new PointerLocations(null);
        }
    }

    /** The problem's sentence at the pointer's place in the file. */
    public FileProblem problem(String file, String pointer, String sentence) {
        JsonLocation at = locations == null ? JsonLocation.NA : locations.find(pointer);
        return new FileProblem(file, pointer, Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0), sentence);
    }
}
