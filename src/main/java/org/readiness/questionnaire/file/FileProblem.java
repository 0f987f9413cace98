package org.readiness.questionnaire.file;

/**
 * Why a questionnaire file was refused: the file, the JSON pointer of the offending part, where it stands in the
 * file (line and column, 1-based; 0 when the file could not be read that far) and a sentence a person understands.
 */
public record FileProblem(String file, String pointer, int line, int column, String message) {

    @Override
    public String toString() {
        String where = line > 0 ? " (line " + line + ", column " + column + ")" : "";
        return file + " " + (pointer.isEmpty() ? "/" : pointer) + where + ": " + message;
    }
}
