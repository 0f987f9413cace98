package org.readiness.assessment.ui;

/** Where an interview leads back to: a page's address and the translation key of the link's words. */
public record ReturnTo(String location, String labelKey) {
}
