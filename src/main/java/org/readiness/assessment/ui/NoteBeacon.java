package org.readiness.assessment.ui;

/**
 * Where an interview page sends the notes it could not save before it was left (a reload, a closed tab): an address
 * that takes {@code question} and {@code text} as a form, and the CSRF token it needs, by name and value.
 */
public record NoteBeacon(String url, String csrfParameter, String csrfToken) {
}
