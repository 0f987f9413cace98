package org.readiness.questionnaire;

import org.readiness.questionnaire.answer.FreeText;

import org.junit.jupiter.api.Test;
import org.readiness.consultant.ClientDetails;

import static org.assertj.core.api.Assertions.assertThat;

class FreeTextTest {

    @Test
    void control_characters_are_dropped_and_everything_else_is_kept_literally() {
        String typed = "a\u0000b\u0007c\td\ne\r\n<b>x</b> =1+1 \u202Eright-to-left\u202C \uD83D\uDE00";

        assertThat(FreeText.clean(typed)).isEqualTo("abc\td\ne\r\n<b>x</b> =1+1 \u202Eright-to-left\u202C \uD83D\uDE00");
    }

    @Test
    void client_fields_are_cleaned_the_same_way() {
        ClientDetails details = new ClientDetails(" \u0000Åre <AB> ", "Eva\u0000", " ", "note\u0001");

        assertThat(details.organisation()).isEqualTo("Åre <AB>");
        assertThat(details.contactPerson()).isEqualTo("Eva");
        assertThat(details.industry()).isNull();
        assertThat(details.notes()).isEqualTo("note");
    }
}
