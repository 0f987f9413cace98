package org.readiness.studio;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readiness.assessment.AssessmentService;
import org.readiness.consultant.Account;
import org.readiness.consultant.AccountService;
import org.readiness.consultant.Role;
import org.readiness.questionnaire.file.QuestionnaireCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Drafts, publishing and the author right, on a database of its own (publishing changes what the app serves). */
@SpringBootTest(properties = "readiness.data.dir=./target/test-data-studio")
class StudioPublishingTest {

    @Autowired
    DraftService drafts;
    @Autowired
    PublishService publishing;
    @Autowired
    StudioVersions versions;
    @Autowired
    AccountService accounts;
    @Autowired
    AssessmentService assessments;
    @Autowired
    QuestionnaireCatalog catalog;

    private String author;
    private String id;

    @BeforeEach
    void anAuthorWithAQuestionnaireOfTheirOwn() {
        loginAs("admin", "ADMIN");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Account consultant = accounts.create("author-" + suffix, "Author", "a-long-password-1", Role.CONSULTANT);
        accounts.setAuthor(consultant.id(), true);
        author = consultant.username();
        id = "studio-" + suffix;
        loginAs(author, accounts.findByUsername(author).orElseThrow().roleNames().toArray(String[]::new));
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private Draft copyOfTheFixture() {
        QuestionnaireVersion fixture = versions.of("scoring-fixture").get(0);
        return drafts.copy(fixture, id);
    }

    @Test
    void a_published_version_is_served_to_new_assessments_while_a_started_one_keeps_its_own() {
        Draft draft = copyOfTheFixture();
        assertThat(publishing.publish(draft.id(), draft.revision(), "1.0.0"))
                .isInstanceOf(PublishResult.Published.class);
        long before = assessments.start(id, "en").assessment().id();

        draft = drafts.find(draft.id()).orElseThrow();
        String changed = DraftJson.write(DraftJson.parse(draft.content()).orElseThrow()
                .put("estimatedMinutes", 7));
        assertThat(drafts.save(draft.id(), draft.revision(), draft.content(), changed, draft.textDates()))
                .isInstanceOf(SaveResult.Saved.class);
        draft = drafts.find(draft.id()).orElseThrow();
        assertThat(publishing.propose(draft).version()).isEqualTo("1.1.0");
        PublishResult result = publishing.publish(draft.id(), draft.revision(), "1.1.0");

        assertThat(result).isInstanceOf(PublishResult.Published.class);
        assertThat(((PublishResult.Published) result).version().publishedBy()).isEqualTo(author);
        assertThat(catalog.find(id).orElseThrow().version()).isEqualTo("1.1.0");
        assertThat(assessments.start(id, "en").assessment().questionnaire().version()).isEqualTo("1.1.0");
        assertThat(assessments.open(before).orElseThrow().questionnaire().version()).isEqualTo("1.0.0");
    }

    @Test
    void a_change_of_wording_only_suggests_the_next_patch_number_and_a_lower_number_is_refused() {
        Draft draft = copyOfTheFixture();
        publishing.publish(draft.id(), draft.revision(), "2.0.0");
        draft = drafts.find(draft.id()).orElseThrow();
        var tree = DraftJson.parse(draft.content()).orElseThrow();
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("title")).put("en", "A new title");
        drafts.save(draft.id(), draft.revision(), draft.content(), DraftJson.write(tree), draft.textDates());
        draft = drafts.find(draft.id()).orElseThrow();

        assertThat(publishing.propose(draft).kind()).isEqualTo(PublishedVersion.ChangeKind.TEXTS);
        assertThat(publishing.propose(draft).version()).isEqualTo("2.0.1");
        assertThat(publishing.publish(draft.id(), draft.revision(), "1.9.0"))
                .isEqualTo(new PublishResult.VersionTooLow("2.0.0"));
    }

    @Test
    void a_stale_save_is_refused_with_what_changed_and_nothing_is_overwritten() {
        Draft opened = copyOfTheFixture();
        var first = DraftJson.parse(opened.content()).orElseThrow().put("estimatedMinutes", 5);
        var second = DraftJson.parse(opened.content()).orElseThrow().put("estimatedMinutes", 9);
        assertThat(drafts.save(opened.id(), opened.revision(), opened.content(), DraftJson.write(first),
                opened.textDates())).isInstanceOf(SaveResult.Saved.class);

        SaveResult stale = drafts.save(opened.id(), opened.revision(), opened.content(), DraftJson.write(second),
                opened.textDates());

        assertThat(stale).isInstanceOf(SaveResult.Stale.class);
        assertThat(((SaveResult.Stale) stale).changes()).extracting(JsonDiff.Change::key)
                .containsExactly("estimatedMinutes");
        assertThat(((SaveResult.Stale) stale).current().updatedBy()).isEqualTo(author);
        assertThat(drafts.find(opened.id()).orElseThrow().content()).contains("\"estimatedMinutes\": 5");
    }

    @Test
    void what_a_page_had_not_sent_when_it_was_left_is_saved() {
        Draft opened = copyOfTheFixture();
        int at = opened.content().indexOf("\"Scoring fixture\"") + 1;
        String json = """
                {"text": {"baseLength": %d, "from": %d, "to": %d, "replaced": "Scoring", "insert": "Typed"},
                 "writes": [{"kind": "text", "pointer": "/areas/0/title", "language": "sv", "value": "Folk"}]}"""
                .formatted(opened.content().length(), at, at + "Scoring".length());

        SaveResult result = drafts.saveUnsent(opened.id(), UnsentChanges.read(opened.revision(), json).orElseThrow());

        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        String saved = drafts.find(opened.id()).orElseThrow().content();
        assertThat(saved).contains("\"en\": \"Typed fixture\"").contains("\"sv\": \"Folk\"");
        assertThat(drafts.saveUnsent(opened.id(), UnsentChanges.read(opened.revision(), json).orElseThrow()))
                .as("sent twice: the text is no longer the one the change was made in, the field holds its value")
                .isInstanceOf(SaveResult.Saved.class);
        assertThat(drafts.find(opened.id()).orElseThrow().content()).isEqualTo(saved);
    }

    @Test
    void what_a_page_had_not_sent_is_refused_once_another_author_saved_the_draft() {
        Draft opened = copyOfTheFixture();
        loginAs("admin", "ADMIN");
        String theirs = DraftJson.write(DraftJson.parse(opened.content()).orElseThrow().put("estimatedMinutes", 5));
        drafts.save(opened.id(), opened.revision(), opened.content(), theirs, opened.textDates());
        loginAs(author, "CONSULTANT", "AUTHOR");
        String json = """
                {"text": null, "writes": [{"kind": "number", "pointer": "/estimatedMinutes", "value": "9"}]}""";

        SaveResult result = drafts.saveUnsent(opened.id(), UnsentChanges.read(opened.revision(), json).orElseThrow());

        assertThat(result).isInstanceOf(SaveResult.Stale.class);
        assertThat(drafts.find(opened.id()).orElseThrow().content()).isEqualTo(theirs);
    }

    @Test
    void a_file_that_fails_the_checks_is_not_published() {
        Draft draft = drafts.importFile("broken.json", "{\"id\": \"broken\"}".getBytes());
        PublishResult result = publishing.publish(draft.id(), draft.revision(), "1.0.0");
        assertThat(result).isInstanceOf(PublishResult.Invalid.class);
        assertThat(((PublishResult.Invalid) result).problems()).isNotEmpty();
    }

    @Test
    void a_consultant_who_is_not_an_author_cannot_use_the_studio() {
        loginAs("admin", "ADMIN");
        Account plain = accounts.create("plain-" + UUID.randomUUID().toString().substring(0, 8), "Plain",
                "a-long-password-2", Role.CONSULTANT);
        loginAs(plain.username(), "CONSULTANT");
        assertThatThrownBy(() -> drafts.drafts()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> versions.all()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_author_whose_right_was_taken_is_refused_at_once() {
        loginAs("admin", "ADMIN");
        accounts.setAuthor(accounts.findByUsername(author).orElseThrow().id(), false);
        assertThat(accounts.findByUsername(author).orElseThrow().roleNames()).containsExactly("CONSULTANT");
    }

    private static void loginAs(String username, String... roles) {
        var authorities = Arrays.stream(roles).map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
    }
}
