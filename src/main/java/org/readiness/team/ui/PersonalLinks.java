package org.readiness.team.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import org.jspecify.annotations.Nullable;
import org.readiness.base.ui.CopyableLink;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.team.Member;

import java.util.ArrayList;
import java.util.List;

/**
 * The personal links made on this page, newest first, to copy and send: shown once (only their hashes are kept), so
 * they stay while the rest of the page updates, and in the page's language when it changes. A link replaced by a
 * new one for the same person is struck through and marked as no longer working.
 */
class PersonalLinks extends Section {

    private final List<Shown> shown = new ArrayList<>();
    private final Questionnaire questionnaire;
    private String language;

    /** A link as shown: for whom, the address, to whom it was emailed (if it was), and whether it was replaced. */
    private record Shown(Member member, String link, @Nullable String emailedTo, boolean renewed, boolean replaced) {
    }

    PersonalLinks(Questionnaire questionnaire, String language) {
        this.questionnaire = questionnaire;
        this.language = language;
        addClassName("team-new-links");
        setVisible(false);
    }

    /** A new invitation's link; {@code emailedTo} the address it goes to by email, if it does. */
    void invited(Member member, String link, @Nullable String emailedTo) {
        add(new Shown(member, link, emailedTo, false, false));
    }

    /** A new link for someone: the one shown before for them no longer works. */
    void renewed(Member member, String link) {
        shown.replaceAll(each -> each.member().id() == member.id()
                ? new Shown(each.member(), each.link(), each.emailedTo(), each.renewed(), true) : each);
        add(new Shown(member, link, null, true, false));
    }

    private void add(Shown link) {
        shown.add(0, link);
        render();
    }

    void localise(String language) {
        this.language = language;
        render();
    }

    private void render() {
        removeAll();
        setVisible(!shown.isEmpty());
        add(new H2(getTranslation("team.links.heading")));
        for (Shown each : shown) {
            String who = RespondentWords.name(this, questionnaire, each.member(), language);
            String help = each.replaced() ? getTranslation("team.links.replaced")
                    : each.emailedTo() != null ? getTranslation("team.invite.emailed", each.emailedTo())
                    : getTranslation(each.renewed() ? "team.members.new-link-help" : "team.invite.link-help");
            CopyableLink link = new CopyableLink(getTranslation("team.invite.link", who), help, each.link());
            if (each.replaced()) {
                link.addClassName("replaced");
            }
            add(link);
        }
    }
}
