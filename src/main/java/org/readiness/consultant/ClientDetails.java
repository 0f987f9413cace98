package org.readiness.consultant;

import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.answer.FreeText;

/** What a consultant types about a client; {@link #problem()} says what is wrong with it, if anything. */
public record ClientDetails(String organisation, @Nullable String contactPerson, @Nullable String industry,
                            @Nullable String notes) {

    public static final int NAME_LIMIT = 200;
    public static final int NOTES_LIMIT = 10_000;

    public ClientDetails {
        organisation = organisation == null ? "" : FreeText.clean(organisation).strip();
        contactPerson = blankToNull(contactPerson);
        industry = blankToNull(industry);
        notes = blankToNull(notes);
    }

    /** The first field that breaks its rule, as a translation key suffix, or null. */
    public @Nullable String problem() {
        if (organisation.isEmpty()) {
            return "organisation.required";
        }
        if (length(organisation) > NAME_LIMIT) {
            return "organisation.too-long";
        }
        if (contactPerson != null && length(contactPerson) > NAME_LIMIT) {
            return "contact-person.too-long";
        }
        if (industry != null && length(industry) > NAME_LIMIT) {
            return "industry.too-long";
        }
        if (notes != null && length(notes) > NOTES_LIMIT) {
            return "notes.too-long";
        }
        return null;
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : FreeText.clean(text).strip();
    }
}
