package org.readiness.team.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.Role;
import org.readiness.team.Invitation;
import org.readiness.team.InvitationMail;
import org.readiness.team.Invitations;
import org.readiness.team.Team;
import org.readiness.team.TeamLimitReached;
import org.readiness.team.TeamProblem;

/**
 * Invites one person by role, with their name (unless the team is anonymous) and email if the coordinator gives
 * them. Each invitation's personal link is shown in {@link PersonalLinks}. What is typed here stays while the rest
 * of the page updates or changes its language.
 */
class InviteForm extends Section {

    private final TeamPageParts parts;
    private final Team team;
    private final Questionnaire questionnaire;
    private final PersonalLinks links;
    private final Runnable invited;
    private final Select<Role> role = new Select<>();
    private final TextField name = new TextField();
    private final TextField email = new TextField();
    private final Button invite = new Button();
    private final Paragraph problem = new Paragraph();
    private final Div texts = new Div();
    private String language;

    InviteForm(TeamPageParts parts, Team team, Questionnaire questionnaire, String language, PersonalLinks links,
               Runnable invited) {
        this.parts = parts;
        this.team = team;
        this.questionnaire = questionnaire;
        this.language = language;
        this.links = links;
        this.invited = invited;
        addClassName("team-invite");
        role.setItems(questionnaire.roles());
        role.setValue(questionnaire.roles().get(0));
        name.setMaxLength(Invitations.NAME_LIMIT);
        email.setMaxLength(InvitationMail.ADDRESS_LIMIT);
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // A double click makes one invitation: the button is off from the first click until the page has answered.
        invite.setDisableOnClick(true);
        invite.addClickListener(click -> {
            try {
                invite();
            } finally {
                invite.setEnabled(true);
            }
        });
        Div fields = new Div(role);
        if (!team.anonymous()) {
            fields.add(name);
        }
        if (parts.mail().isAvailable()) {
            fields.add(email);
        }
        fields.add(invite);
        fields.addClassName("toolbar");
        problem.addClassName("team-invite-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        add(texts, fields, problem);
        localise(language);
    }

    /** Words in the page's language; what is typed stays. */
    void localise(String language) {
        this.language = language;
        texts.removeAll();
        texts.add(new H2(getTranslation("team.invite.heading")), new Paragraph(getTranslation(team.anonymous()
                ? "team.invite.intro-anonymous" : "team.invite.intro")));
        role.setLabel(getTranslation("team.role"));
        role.setItemLabelGenerator(each -> each.label().in(this.language));
        name.setLabel(getTranslation("team.invite.name"));
        email.setLabel(getTranslation("team.invite.email"));
        invite.setText(getTranslation("team.invite.button"));
        parts.mail().missing().ifPresent(missing -> {
            Paragraph noMail = new Paragraph(getTranslation("team.invite.no-mail." + missing.name()));
            noMail.addClassName("team-no-mail");
            texts.add(noMail);
        });
    }

    private void invite() {
        name.setInvalid(false);
        email.setInvalid(false);
        problem.setVisible(false);
        try {
            Invitation invitation = parts.invitations().invite(team.id(), role.getValue().id(), name.getValue(),
                    email.getValue(), language);
            links.invited(invitation.member(), parts.address().of(TeamAnswerView.PATH + invitation.token().value()),
                    invitation.emailed() ? invitation.member().email() : null);
            name.clear();
            email.clear();
            invited.run();
        } catch (TeamProblem refused) {
            if (refused.kind() == TeamProblem.Kind.LOCKED) {
                showProblem(getTranslation("team.problem.LOCKED"));
                return;
            }
            TextField field = refused.kind() == TeamProblem.Kind.EMAIL_INVALID ? email : name;
            field.setErrorMessage(getTranslation("team.problem." + refused.kind().name()));
            field.setInvalid(true);
        } catch (TeamLimitReached limit) {
            showProblem(getTranslation("team.limit.invitations", limit.limit(),
                    limit.minutesToWait()));
        }
    }

    private void showProblem(String text) {
        problem.setText(text);
        problem.setVisible(true);
    }
}
