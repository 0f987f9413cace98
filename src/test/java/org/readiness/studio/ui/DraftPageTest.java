package org.readiness.studio.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.button.Button;
import elemental.json.Json;
import elemental.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.readiness.KaribuTest;
import org.readiness.consultant.AccountService;
import org.readiness.consultant.Role;
import org.readiness.studio.Draft;
import org.readiness.studio.DraftJson;
import org.readiness.studio.DraftService;
import org.readiness.studio.QuestionnaireVersion;
import org.readiness.studio.StudioVersions;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/** A draft's page as an author of their own sees it, on a copy of the scoring fixture; each change is saved at once. */
abstract class DraftPageTest extends KaribuTest {

    @Autowired
    AccountService accounts;
    @Autowired
    DraftService drafts;
    @Autowired
    StudioVersions versions;

    protected String author;
    protected String suffix;

    @BeforeEach
    void anAuthor() {
        loginAs("admin", "ADMIN");
        suffix = UUID.randomUUID().toString().substring(0, 8);
        var made = accounts.create("author-" + suffix, "Author", "a-long-password-1", Role.CONSULTANT);
        accounts.setAuthor(made.id(), true);
        author = made.username();
        loginAs(author, "CONSULTANT", "AUTHOR");
    }

    /** Copies the fixture's file into a draft of the questionnaire id given, and opens the draft's page. */
    protected Draft openCopyOfTheFixture(String questionnaireId) {
        QuestionnaireVersion file = versions.of("scoring-fixture").stream()
                .filter(version -> version.kind() == QuestionnaireVersion.Kind.FILE).findFirst().orElseThrow();
        Draft draft = drafts.copy(file, questionnaireId);
        navigate("studio/drafts/" + draft.id());
        return draft;
    }

    /** The draft's file as saved. */
    protected String stored(Draft draft) {
        return drafts.find(draft.id()).orElseThrow().content();
    }

    protected ObjectNode storedTree(Draft draft) {
        return DraftJson.parse(stored(draft)).orElseThrow();
    }

    /** The whole text typed in the JSON pane, as its editor sends it when the author pauses. */
    protected static void typeInJson(String text) {
        JsonObject detail = Json.createObject();
        detail.put("event.detail.text", text);
        _fireDomEvent(_get(JsonEditor.class), "text-changed", detail);
    }

    protected static Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }
}
