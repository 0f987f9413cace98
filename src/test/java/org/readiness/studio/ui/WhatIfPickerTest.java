package org.readiness.studio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readiness.assessment.AnswerService;
import org.readiness.consultant.ClientDetails;
import org.readiness.consultant.ClientInterviews;
import org.readiness.consultant.ClientService;
import org.readiness.consultant.Role;
import org.readiness.studio.Draft;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._focus;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.readiness.questionnaire.Fixtures.answer;
import org.readiness.base.ui.options.SingleOptionGroup;

/** What-if in the preview: the answers of one of the author's own clients' stored assessments, loaded into the wizard. */
class WhatIfPickerTest extends DraftPageTest {

    @Autowired
    ClientService clients;
    @Autowired
    ClientInterviews interviews;
    @Autowired
    AnswerService answers;

    private String ownClient;
    private Draft draft;

    /** The author's client with an interview answered "medium" for "Size?", and another consultant's client. */
    @BeforeEach
    void twoClientsEachWithAnInterview() {
        ownClient = "Own client " + suffix;
        long id = interviews.startInterview(clients.create(new ClientDetails(ownClient, null, null, null)).id(),
                "scoring-fixture", "en").assessment().id();
        answers.save(id, "size", answer("medium"), 0);
        loginAs("admin", "ADMIN");
        String other = accounts.create("other-" + suffix, "Other", "a-long-password-2", Role.CONSULTANT).username();
        loginAs(other, "CONSULTANT");
        interviews.startInterview(clients.create(new ClientDetails("Other's client " + suffix, null, null, null)).id(),
                "scoring-fixture", "en");
        loginAs(author, "CONSULTANT", "AUTHOR");
    }

    /** Opens the draft's preview and returns the what-if picker, its list fetched as when it gets the focus. */
    private ComboBox<Object> openThePreviewsPicker() {
        draft = openCopyOfTheFixture("what-if-" + suffix);
        _get(DraftTools.class).setSelectedIndex(1);
        @SuppressWarnings("unchecked")
        ComboBox<Object> pick = _get(ComboBox.class, spec -> spec.withLabel("Load answers of a stored assessment"));
        _focus(pick);
        return pick;
    }

    private static Object answerTo(String question) {
        return _get(SingleOptionGroup.class, spec -> spec.withLabel(question)).getValue();
    }

    @Test
    void an_author_picks_one_of_their_own_clients_assessments_and_the_preview_shows_its_answers() {
        ComboBox<Object> pick = openThePreviewsPicker();

        assertThat(getSuggestions(pick)).singleElement().asString().startsWith(ownClient + ", ");
        assertThat(answerTo("Size?")).isNull();
        selectByLabel(pick, getSuggestions(pick).get(0));

        assertThat(answerTo("Size?")).isEqualTo("medium");
    }

    @Test
    void loaded_answers_stay_through_a_change_of_the_draft_and_of_language_until_start_over() {
        ComboBox<Object> pick = openThePreviewsPicker();
        selectByLabel(pick, getSuggestions(pick).get(0));

        _setValue(_get(TextArea.class, spec -> spec.withLabel("Title (en)")), "Renamed while trying it");
        assertThat(storedTree(draft).at("/title/en").asText()).isEqualTo("Renamed while trying it");
        assertThat(answerTo("Size?")).isEqualTo("medium");
        @SuppressWarnings("unchecked")
        Select<String> language = _get(Select.class, spec -> spec.withLabel("Language"));
        _setValue(language, "sv");
        assertThat(answerTo("Storlek?")).isEqualTo("medium");

        _click(_get(Button.class, spec -> spec.withText("Start over")));
        assertThat(answerTo("Storlek?")).isNull();
    }
}
