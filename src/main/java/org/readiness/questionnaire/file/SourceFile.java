package org.readiness.questionnaire.file;

/** A questionnaire file's name (as shown in messages) and its bytes. */
public record SourceFile(String name, byte[] content) {
}
