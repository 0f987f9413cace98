package org.readiness.studio.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readiness.KaribuTest;
import org.readiness.consultant.AccountService;
import org.readiness.consultant.Role;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/** Who reaches the studio's pages: administrators and authors; other consultants get a 403 that says why. */
class StudioPagesTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    private String consultant;
    private String author;

    @BeforeEach
    void aConsultantAndAnAuthor() {
        loginAs("admin", "ADMIN");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        consultant = accounts.create("plain-" + suffix, "Plain", "a-long-password-1", Role.CONSULTANT).username();
        var made = accounts.create("author-" + suffix, "Author", "a-long-password-2", Role.CONSULTANT);
        accounts.setAuthor(made.id(), true);
        author = made.username();
    }

    @Test
    void a_visitor_is_sent_to_log_in() {
        continueAsVisitor();
        navigate("studio");
        assertThat(_find(LoginForm.class)).isNotEmpty();
    }

    @Test
    void a_consultant_who_is_not_an_author_is_told_who_may_open_the_studio() {
        loginAs(consultant, "CONSULTANT");
        navigate("studio");
        assertThat(_find(H1.class)).extracting(H1::getText)
                .containsExactly(UI.getCurrent().getTranslation("studio.forbidden.heading"));
        assertThat(_find(StudioView.class)).isEmpty();
    }

    @Test
    void an_author_and_an_administrator_open_the_studio() {
        loginAs(author, "CONSULTANT", "AUTHOR");
        navigate("studio");
        assertThat(_find(H1.class)).extracting(H1::getText)
                .containsExactly(UI.getCurrent().getTranslation("studio.heading"));
        loginAs("admin", "ADMIN");
        navigate("studio");
        assertThat(_find(H1.class)).extracting(H1::getText)
                .containsExactly(UI.getCurrent().getTranslation("studio.heading"));
    }
}
