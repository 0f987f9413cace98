package org.readiness.questionnaire.file;

/** One problem in a questionnaire document, before it is tied to a file and a line. */
record Finding(String pointer, String message) {
}
