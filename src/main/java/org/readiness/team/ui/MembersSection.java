package org.readiness.team.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.team.Member;
import org.readiness.team.TeamOverview;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Who takes part and how far each has come: invited, answering, sent (or took their answers back, or sent them
 * again), or deleted their answers. An invitation not started can be withdrawn; a link not sent yet renewed.
 */
class MembersSection extends Section {

    private final TeamPageParts parts;
    private TeamOverview overview;
    private final String language;
    private final PersonalLinks links;
    private final Runnable changed;
    private final List<NativeTableRow> rows = new ArrayList<>();
    private @Nullable NativeTable table;
    private @Nullable Paragraph count;

    MembersSection(TeamPageParts parts, TeamOverview overview, String language, PersonalLinks links,
                   Runnable changed) {
        this.parts = parts;
        this.overview = overview;
        this.language = language;
        this.links = links;
        this.changed = changed;
        addClassName("team-members");
        add(new H2(getTranslation("team.members.heading")));
        if (overview.members().isEmpty()) {
            add(new Paragraph(getTranslation("team.members.none")));
            return;
        }
        count = count(this, overview);
        table = table();
        add(count, table);
    }

    /**
     * Shows a later read of the same people: only the rows whose respondent changed are made anew, so an answer
     * given sends one row, not the table. False if someone joined or left: then the section is made anew.
     */
    boolean update(TeamOverview later) {
        List<Member> before = overview.members();
        List<Member> now = later.members();
        if (table == null || count == null || !sameRespondents(before, now)) {
            return false;
        }
        overview = later;
        for (int i = 0; i < now.size(); i++) {
            if (!now.get(i).equals(before.get(i))) {
                NativeTableRow row = row(now.get(i));
                table.getBody().replace(rows.get(i), row);
                rows.set(i, row);
            }
        }
        count.setText(getTranslation("team.members.count", later.finished(), later.counted()));
        return true;
    }

    private static boolean sameRespondents(List<Member> before, List<Member> now) {
        return before.size() == now.size() && before.stream().map(Member::id).toList()
                .equals(now.stream().map(Member::id).toList());
    }

    /** "4 of 6 have sent their answers", read out when it changes. */
    static Paragraph count(com.vaadin.flow.component.Component ui, TeamOverview overview) {
        Paragraph count = new Paragraph(ui.getTranslation("team.members.count", overview.finished(),
                overview.counted()));
        count.addClassName("team-count");
        count.getElement().setAttribute("role", "status");
        return count;
    }

    private NativeTable table() {
        NativeTable made = new NativeTable();
        made.addClassName("team-members-table");
        NativeTableRow head = new NativeTableRow();
        for (String key : new String[] {"team.role", "team.members.name", "team.members.state",
                "team.members.last-active", "team.members.link"}) {
            head.addHeaderCell().setText(getTranslation(key));
        }
        made.getHead().add(head);
        for (Member member : overview.members()) {
            NativeTableRow row = row(member);
            rows.add(row);
            made.getBody().add(row);
        }
        return made;
    }

    private NativeTableRow row(Member member) {
        Questionnaire questionnaire = overview.questionnaire();
        NativeTableRow row = new NativeTableRow();
        row.getElement().setAttribute("data-state", member.state().name().toLowerCase(Locale.ROOT));
        row.addDataCell().setText(RespondentWords.role(questionnaire, member.roleId(), language));
        row.addDataCell().setText(member.name() == null ? "" : member.name());
        Span state = new Span(getTranslation(stateKey(member)));
        state.addClassName("team-state");
        row.addDataCell().add(state);
        row.addDataCell().setText(member.lastAnswered() == null ? "" : parts.dates().dateTime(member.lastAnswered()));
        var actions = row.addDataCell();
        String who = RespondentWords.name(this, questionnaire, member, language);
        if (member.state() == Member.State.INVITED || member.state() == Member.State.ANSWERING) {
            actions.add(small(getTranslation("team.members.new-link"),
                    getTranslation("team.members.new-link-for", who), () -> newLink(member)));
        }
        if (member.mayBeWithdrawn()) {
            actions.add(small(getTranslation("team.members.withdraw"),
                    getTranslation("team.members.withdraw-for", who), () -> withdraw(member, who)));
        }
        return row;
    }

    private static String stateKey(Member member) {
        if (member.takenBack() && member.state() == Member.State.FINISHED) {
            return "team.state.SENT_AGAIN";
        }
        if (member.takenBack() && member.state() != Member.State.DELETED) {
            return "team.state.TAKEN_BACK";
        }
        return "team.state." + member.state().name();
    }

    private Button small(String text, String label, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(label);
        return button;
    }

    private void newLink(Member member) {
        parts.invitations().newLink(overview.team().id(), member.id()).ifPresent(token -> links.renewed(member,
                parts.address().of(TeamAnswerView.PATH + token.value())));
    }

    private void withdraw(Member member, String who) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("team.members.withdraw.title", who),
                getTranslation("team.members.withdraw.text"), getTranslation("team.members.withdraw.confirm"),
                confirmed -> {
                    parts.invitations().withdraw(overview.team().id(), member.id());
                    changed.run();
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("result.delete.confirm.cancel"));
        dialog.open();
    }
}
