package org.readiness.assessment;

import org.readiness.questionnaire.answer.FreeText;

import java.util.Optional;

/** An organisation's name on a result: how long it may be, and what is stored of what was typed. */
public final class OrganisationName {

    /** The longest name taken; the field says so to the user. */
    public static final int LIMIT = 200;

    private OrganisationName() {
    }

    /**
     * A name as it would be stored: cleaned ("" when blank, which stores no name); empty when it is over
     * {@value #LIMIT} characters and would be refused.
     */
    public static Optional<String> asStored(String typed) {
        String name = typed == null ? "" : FreeText.clean(typed).strip();
        return name.codePointCount(0, name.length()) > LIMIT ? Optional.empty() : Optional.of(name);
    }
}
