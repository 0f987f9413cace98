package org.readiness.assessment.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.readiness.KaribuTest;
import org.readiness.base.ui.Languages;
import org.readiness.questionnaire.Fixtures;
import org.readiness.recommendation.Evaluation;
import org.readiness.recommendation.RecommendedAction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import org.readiness.base.ui.options.SingleOptionGroup;
import org.readiness.base.ui.options.MultiOptionGroup;

/** The merchant's whole journey through the wizard, in English and in Swedish. */
@AutoConfigureMockMvc
class WizardJourneyTest extends KaribuTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Test
    void a_merchant_walks_from_the_start_page_to_an_explained_result_in_english() throws Exception {
        walkThroughTheWizard(new Words("Start the assessment", "Next", "Review your answers", "See the result",
                "Please answer this question.", "Your result"));
    }

    @Test
    void a_merchant_walks_from_the_start_page_to_an_explained_result_in_swedish() throws Exception {
        switchLanguage(Languages.SWEDISH);
        walkThroughTheWizard(new Words("Starta bedömningen", "Nästa", "Granska dina svar", "Se resultatet",
                "Besvara den här frågan.", "Ditt resultat"));
    }

    /** What the pages say, in the language of the walk. */
    private record Words(String start, String next, String toReview, String seeResult, String required,
                         String resultHeading) {
    }

    private void walkThroughTheWizard(Words words) throws Exception {
        String next = words.next();
        navigate("");
        _click(_get(Button.class, spec -> spec.withText(words.start())));
        assertThat(currentPath()).isEqualTo("assessment/step/profile");

        _click(_get(Button.class, spec -> spec.withText(next)));
        assertThat(currentPath()).isEqualTo("assessment/step/profile");
        assertThat(input("size", HasValidation.class).isInvalid()).isTrue();
        assertThat(input("size", HasValidation.class).getErrorMessage()).isEqualTo(words.required());

        choose(input("size", SingleOptionGroup.class), "large");
        _setValue(input("goal", TextArea.class), "Sell <b>more</b> online");
        _click(_get(Button.class, spec -> spec.withText(next)));
        assertThat(currentPath()).isEqualTo("assessment/step/people-step");

        assertThat(field("owner-time").isVisible()).isFalse();
        choose(input("owner", SingleOptionGroup.class), "yes");
        assertThat(field("owner-time").isVisible()).isTrue();
        choose(input("owner", SingleOptionGroup.class), "no");
        assertThat(field("owner-time").isVisible()).isFalse();
        choose(input("knowledge", SingleOptionGroup.class), "dont-know");

        _click(_get(Button.class, spec -> spec.withText(back())));
        assertThat(currentPath()).isEqualTo("assessment/step/profile");
        assertThat(input("size", SingleOptionGroup.class).getValue()).isEqualTo("large");
        assertThat(input("goal", TextArea.class).getValue()).isEqualTo("Sell <b>more</b> online");
        _click(_get(Button.class, spec -> spec.withText(next)));
        assertThat(input("owner", SingleOptionGroup.class).getValue()).isEqualTo("no");
        _click(_get(Button.class, spec -> spec.withText(next)));

        assertThat(currentPath()).isEqualTo("assessment/step/systems-step");
        @SuppressWarnings("unchecked")
        MultiOptionGroup platforms = input("platforms", MultiOptionGroup.class);
        _setValue(platforms, Set.of("oms"));
        _setValue(input("it-people", NumberField.class), 2.0);
        _click(_get(Button.class, spec -> spec.withText(words.toReview())));
        assertThat(currentPath()).isEqualTo("assessment/review");

        RouterLink editPeople = _find(RouterLink.class).stream()
                .filter(link -> link.getHref().startsWith("assessment/step/people-step")).findFirst().orElseThrow();
        com.vaadin.flow.router.Location edit = new com.vaadin.flow.router.Location(editPeople.getHref());
        UI.getCurrent().navigate(edit.getPath(), edit.getQueryParameters());
        assertThat(currentPath()).isEqualTo("assessment/step/people-step");
        assertThat(input("knowledge", SingleOptionGroup.class).getValue()).isEqualTo("dont-know");
        _click(_get(Button.class, spec -> spec.withText(UI.getCurrent().getTranslation("wizard.back-to-review"))));
        assertThat(currentPath()).isEqualTo("assessment/review");

        _click(_get(Button.class, spec -> spec.withText(words.seeResult())));
        assertThat(currentPath()).isEqualTo("assessment/result");
        assertThat(_get(H1.class).getText()).isEqualTo(words.resultHeading());

        String language = Languages.current();
        Evaluation expected = Evaluation.of(Fixtures.questionnaire("scoring-fixture"), Fixtures.answers(
                "size", "large", "owner", "no", "knowledge", "dont-know", "platforms", List.of("oms"), "it-people", 2))
                ;
        JsonNode api = evaluateThroughTheApi(language);
        assertThat(PageMarkup.single("span.overall-score").text())
                .isEqualTo(String.valueOf(expected.score().overall()))
                .isEqualTo(api.at("/overall/score").asText());
        assertThat(PageMarkup.single("span.structure-name").attr("data-structure"))
                .isEqualTo(expected.recommendation().structure().id())
                .isEqualTo(api.at("/structure").asText());
        // The next steps are one element of markup (read-only text), so they are read as the browser gets them.
        List<String> shownActions = _find(Html.class).stream()
                .flatMap(html -> Jsoup.parseBodyFragment(html.getInnerHtml()).select("li.action").stream())
                .map(item -> item.attr("data-action")).toList();
        assertThat(shownActions)
                .isEqualTo(expected.recommendation().actions().stream().map(RecommendedAction::action)
                        .map(action -> action.id()).toList())
                .containsExactly("integrate", "name-owner", "learn-customers");
        List<String> apiActions = new java.util.ArrayList<>();
        api.at("/actions").forEach(action -> apiActions.add(action.get("id").asText()));
        assertThat(shownActions).isEqualTo(apiActions);
        assertThat(_find(org.readiness.base.ui.ShownWhenOpened.class)).hasSize(2);
        // The weights are said where the overall score is explained, so that a reader can check the sum.
        String weights = _get(Paragraph.class, spec -> spec.withClasses("why-overall")).getText();
        assertThat(weights).contains("sv".equals(language) ? "Människor \u00d7 1, System \u00d7 3"
                        : "People \u00d7 1, Systems \u00d7 3")
                .contains("(" + expected.score().areas().get(0).score() + " \u00d7 1 + ")
                .endsWith(" = " + expected.score().overall() + ("sv".equals(language) ? " av 100" : " / 100"));
    }

    @Test
    void switching_language_keeps_every_answer() {
        navigate("");
        _click(_get(Button.class, spec -> spec.withText("Start the assessment")));
        choose(input("size", SingleOptionGroup.class), "medium");

        switchLanguage(Languages.SWEDISH);

        assertThat(_find(Button.class, spec -> spec.withText("Nästa"))).hasSize(1);
        assertThat(input("size", SingleOptionGroup.class).getValue()).isEqualTo("medium");
        assertThat(currentPath()).isEqualTo("assessment/step/profile");
    }

    private JsonNode evaluateThroughTheApi(String language) throws Exception {
        String body = """
                {"answers": {"size": "large", "goal": "Sell <b>more</b> online", "owner": "no",
                             "knowledge": "dont-know", "platforms": ["oms"], "it-people": 2}}""";
        String response = mvc.perform(post("/api/questionnaires/scoring-fixture/evaluate").param("lang", language)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return json.readTree(response);
    }

    private static String back() {
        return UI.getCurrent().getTranslation("wizard.back");
    }

    private static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void choose(SingleOptionGroup group, String value) {
        _setValue(group, value);
    }

    /** The question's field, shown or hidden (Karibu's locators see only visible components). */
    private static QuestionField field(String questionId) {
        return descendants(UI.getCurrent())
                .filter(QuestionField.class::isInstance).map(QuestionField.class::cast)
                .filter(field -> field.question().id().equals(questionId)).findFirst().orElseThrow();
    }

    private static java.util.stream.Stream<Component> descendants(Component root) {
        return root.getChildren().flatMap(child -> java.util.stream.Stream.concat(java.util.stream.Stream.of(child),
                descendants(child)));
    }

    private static <T> T input(String questionId, Class<T> type) {
        Component field = field(questionId);
        return field.getChildren().flatMap(Component::getChildren)
                .filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }
}
