package org.readiness.team.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.readiness.base.ui.CopyableLink;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.Role;
import org.readiness.team.Invitation;
import org.readiness.team.InvitationMail;
import org.readiness.team.TeamProblem;
import org.readiness.team.TeamService;

/**
 * Invites one person by role, with their name and email if the coordinator gives them. Each invitation's personal
 * link is shown here once, with a copy button: only its hash is kept, so a lost link is replaced, not shown again.
 */
class InviteForm extends Section {

    private final TeamPageParts parts;
    private final long teamId;
    private final Questionnaire questionnaire;
    private final String language;
    private final Runnable invited;
    private final Select<Role> role = new Select<>();
    private final TextField name = new TextField();
    private final TextField email = new TextField();
    private final Div links = new Div();

    InviteForm(TeamPageParts parts, long teamId, Questionnaire questionnaire, String language, Runnable invited) {
        this.parts = parts;
        this.teamId = teamId;
        this.questionnaire = questionnaire;
        this.language = language;
        this.invited = invited;
        addClassName("team-invite");
        add(new H2(getTranslation("team.invite.heading")), new Paragraph(getTranslation("team.invite.intro")));
        role.setLabel(getTranslation("team.role"));
        role.setItems(questionnaire.roles());
        role.setItemLabelGenerator(each -> each.label().in(language));
        role.setValue(questionnaire.roles().get(0));
        name.setLabel(getTranslation("team.invite.name"));
        name.setMaxLength(TeamService.NAME_LIMIT);
        email.setLabel(getTranslation("team.invite.email"));
        email.setMaxLength(InvitationMail.ADDRESS_LIMIT);
        Button invite = new Button(getTranslation("team.invite.button"), click -> invite());
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div fields = new Div(role, name);
        if (parts.mail().isAvailable()) {
            fields.add(email);
        }
        fields.add(invite);
        fields.addClassName("toolbar");
        add(fields);
        if (!parts.mail().isAvailable()) {
            Paragraph noMail = new Paragraph(getTranslation("team.invite.no-mail"));
            noMail.addClassName("team-no-mail");
            add(noMail);
        }
        links.addClassName("team-new-links");
        add(links);
    }

    private void invite() {
        name.setInvalid(false);
        email.setInvalid(false);
        try {
            Invitation invitation = parts.teams().invite(teamId, role.getValue().id(), name.getValue(),
                    email.getValue(), language, parts.address().of(TeamAnswerView.PATH));
            show(invitation);
            name.clear();
            email.clear();
            invited.run();
        } catch (TeamProblem problem) {
            TextField field = problem.kind() == TeamProblem.Kind.EMAIL_INVALID ? email : name;
            field.setErrorMessage(getTranslation("team.problem." + problem.kind().name()));
            field.setInvalid(true);
        }
    }

    private void show(Invitation invitation) {
        String who = RespondentWords.name(this, questionnaire, invitation.member(), language);
        String help = invitation.emailed() ? getTranslation("team.invite.emailed", invitation.member().email())
                : getTranslation("team.invite.link-help");
        showLink(new CopyableLink(getTranslation("team.invite.link", who), help,
                parts.address().of(TeamAnswerView.PATH + invitation.token().value())));
    }

    /** Shows a personal link, newest first; it stays while the rest of the page updates. */
    void showLink(CopyableLink link) {
        links.addComponentAsFirst(link);
    }
}
