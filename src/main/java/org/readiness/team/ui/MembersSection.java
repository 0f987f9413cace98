package org.readiness.team.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.readiness.base.ui.CopyableLink;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.team.Member;
import org.readiness.team.TeamOverview;

import java.util.Locale;
import java.util.function.Consumer;

/** Who takes part and how far each has come: invited, answering, sent, or deleted their answers. */
class MembersSection extends Section {

    private final TeamPageParts parts;
    private final TeamOverview overview;
    private final String language;
    private final Consumer<CopyableLink> showLink;

    /** @param showLink shows a new personal link where the page keeps it while the list updates */
    MembersSection(TeamPageParts parts, TeamOverview overview, String language, Consumer<CopyableLink> showLink) {
        this.parts = parts;
        this.overview = overview;
        this.language = language;
        this.showLink = showLink;
        addClassName("team-members");
        add(new H2(getTranslation("team.members.heading")));
        if (overview.members().isEmpty()) {
            add(new Paragraph(getTranslation("team.members.none")));
            return;
        }
        Paragraph count = new Paragraph(getTranslation("team.members.count", overview.finished(),
                overview.members().size()));
        count.addClassName("team-count");
        count.getElement().setAttribute("role", "status");
        add(count, table());
    }

    private NativeTable table() {
        Questionnaire questionnaire = overview.questionnaire();
        NativeTable table = new NativeTable();
        table.addClassName("team-members-table");
        NativeTableRow head = new NativeTableRow();
        for (String key : new String[] {"team.role", "team.members.name", "team.members.state",
                "team.members.last-active", "team.members.link"}) {
            head.addHeaderCell().setText(getTranslation(key));
        }
        table.getHead().add(head);
        for (Member member : overview.members()) {
            NativeTableRow row = new NativeTableRow();
            row.getElement().setAttribute("data-state", member.state().name().toLowerCase(Locale.ROOT));
            row.addDataCell().setText(questionnaire.role(member.roleId()).map(role -> role.label().in(language))
                    .orElse(member.roleId()));
            row.addDataCell().setText(member.name() == null ? "" : member.name());
            Span state = new Span(getTranslation("team.state." + member.state().name()));
            state.addClassName("team-state");
            row.addDataCell().add(state);
            row.addDataCell().setText(member.lastAnswered() == null ? "" : parts.dates().dateTime(member.lastAnswered()));
            var actions = row.addDataCell();
            if (member.state() == Member.State.INVITED || member.state() == Member.State.ANSWERING) {
                Button renew = new Button(getTranslation("team.members.new-link"), click -> newLink(member));
                renew.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                renew.setAriaLabel(getTranslation("team.members.new-link-for",
                        RespondentWords.name(this, questionnaire, member, language)));
                actions.add(renew);
            }
            table.getBody().add(row);
        }
        return table;
    }

    private void newLink(Member member) {
        parts.teams().newLink(overview.team().id(), member.id()).ifPresent(token -> showLink.accept(
                new CopyableLink(getTranslation("team.invite.link",
                        RespondentWords.name(this, overview.questionnaire(), member, language)),
                        getTranslation("team.members.new-link-help"),
                        parts.address().of(TeamAnswerView.PATH + token.value()))));
    }
}
