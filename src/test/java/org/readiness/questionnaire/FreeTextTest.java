package org.readiness.questionnaire;

import org.readiness.questionnaire.answer.FreeText;

import org.junit.jupiter.api.Test;
import org.readiness.consultant.ClientDetails;

import static org.assertj.core.api.Assertions.assertThat;

class FreeTextTest {

    @Test
    void control_characters_are_dropped_and_everything_else_is_kept_literally() {
        String typed = "a\u0000b\u0007c\td\ne\r\n<b>x</b> =1+1 right-to-left \uD83D\uDE00 Ärlig åsikt";

        assertThat(FreeText.clean(typed))
                .isEqualTo("abc\td\ne\r\n<b>x</b> =1+1 right-to-left \uD83D\uDE00 Ärlig åsikt");
    }

    @Test
    void bidirectional_controls_and_zero_width_characters_are_dropped_so_text_reads_as_it_is_stored() {
        String overridden = "Invoice \u202Egnp.exe\u202C";
        String isolated = "\u2067Acme\u2069 \u200Eltd\u200F\u061C";
        String hidden = "ad\u200Bmin\u2060 \uFEFFteam\u180E\u2062";

        assertThat(FreeText.clean(overridden)).isEqualTo("Invoice gnp.exe");
        assertThat(FreeText.clean(isolated)).isEqualTo("Acme ltd");
        assertThat(FreeText.clean(hidden)).isEqualTo("admin team");
    }

    @Test
    void joiners_stay_between_two_characters_as_in_an_emoji_family_or_a_persian_word_and_go_elsewhere() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        String persian = "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645";

        assertThat(FreeText.clean(family)).isEqualTo(family);
        assertThat(FreeText.clean(persian)).isEqualTo(persian);
        assertThat(FreeText.clean("\u200D\u200C\u200D")).isEmpty();
        assertThat(FreeText.clean("Eva \u200DLind\u200C")).isEqualTo("Eva Lind");
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
