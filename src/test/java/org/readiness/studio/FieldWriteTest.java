package org.readiness.studio;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FieldWriteTest {

    private static ObjectNode document() {
        return DraftJson.parse("""
                {"languages": ["en", "sv"], "steps": [{"id": "a", "title": {"en": "Start", "sv": "Start"},
                 "hint": {"en": "x", "sv": ""}, "points": 2, "roles": ["cto"]}]}""").orElseThrow();
    }

    @Test
    void a_text_in_one_language_keeps_the_others() {
        ObjectNode tree = document();
        new FieldWrite(FieldWrite.Kind.TEXT, "/steps/0/title", "sv", false, "Början").writeTo(tree);
        assertThat(tree.at("/steps/0/title").toString()).isEqualTo("{\"en\":\"Start\",\"sv\":\"Början\"}");
    }

    @Test
    void an_optional_text_emptied_in_every_language_goes() {
        ObjectNode tree = document();
        new FieldWrite(FieldWrite.Kind.TEXT, "/steps/0/hint", "en", true, "").writeTo(tree);
        assertThat(tree.at("/steps/0").has("hint")).isFalse();
    }

    @Test
    void a_whole_number_is_written_without_decimals_and_a_bad_one_is_refused() {
        ObjectNode tree = document();
        assertThat(new FieldWrite(FieldWrite.Kind.NUMBER, "/steps/0/points", null, false, "3.0").writeTo(tree))
                .isTrue();
        assertThat(tree.at("/steps/0/points").toString()).isEqualTo("3");
        assertThat(new FieldWrite(FieldWrite.Kind.NUMBER, "/steps/0/points", null, false, "three").writeTo(tree))
                .isFalse();
        assertThat(tree.at("/steps/0/points").toString()).isEqualTo("3");
    }

    @Test
    void ids_are_split_at_commas_and_an_empty_list_goes() {
        ObjectNode tree = document();
        new FieldWrite(FieldWrite.Kind.IDS, "/steps/0/roles", null, true, "cto, cmo ,").writeTo(tree);
        assertThat(tree.at("/steps/0/roles").toString()).isEqualTo("[\"cto\",\"cmo\"]");
        new FieldWrite(FieldWrite.Kind.IDS, "/steps/0/roles", null, true, " ").writeTo(tree);
        assertThat(tree.at("/steps/0").has("roles")).isFalse();
    }

    @Test
    void a_condition_that_is_not_json_is_refused_and_leaves_the_document() {
        ObjectNode tree = document();
        String before = tree.toString();
        assertThat(new FieldWrite(FieldWrite.Kind.CONDITION, "/steps/0/when", null, true, "{\"q\":").writeTo(tree))
                .isFalse();
        assertThat(tree.toString()).isEqualTo(before);
    }
}
