package org.readiness.team.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.readiness.assessment.AssessmentService;
import org.readiness.assessment.OpenAssessment;
import org.readiness.assessment.ResumeToken;
import org.readiness.assessment.ui.Journey;
import org.readiness.assessment.ui.WizardEntry;
import org.readiness.base.ui.Languages;
import org.readiness.base.ui.MainLayout;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.team.Invitations;
import org.readiness.team.Member;

import java.util.Optional;

/**
 * A respondent's personal link: answering in their role on their own device, with the wizard's autosave and resume,
 * told who sees their answers, in their language (the browser's until they answer, then the one they answered in).
 * Once sent, the answers are read-only from every tab: the link shows a thank-you, a way to take the answers back to
 * change them (unless the team is locked), and a way to delete them. While the team is locked, nothing is sent.
 */
@Route(value = "team/answer/:token", layout = MainLayout.class)
@AnonymousAllowed
public class TeamAnswerView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PATH = "team/answer/";

    private final AssessmentService assessments;
    private final Invitations invitations;

    TeamAnswerView(AssessmentService assessments, Invitations invitations) {
        this.assessments = assessments;
        this.invitations = invitations;
        addClassName("message-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<ResumeToken> token = ResumeToken.parse(event.getRouteParameters().get("token").orElse(""));
        Optional<OpenAssessment> found = token.flatMap(assessments::resume);
        Optional<Invitations.TeamMembership> membership = found.flatMap(each -> invitations.membershipOf(each.id()));
        if (membership.isEmpty()) {
            add(new H1(getTranslation("resume.unknown.heading")), new Paragraph(getTranslation("resume.unknown.text")));
            return;
        }
        OpenAssessment assessment = found.get();
        Member member = membership.get().member();
        String language = language(assessment, member);
        if (assessment.isFinished()) {
            thanks(token.get(), assessment.id(), membership.get().team().isLocked());
            return;
        }
        if (membership.get().team().isLocked()) {
            add(new H1(getTranslation("team.answer.locked.heading")),
                    new Paragraph(getTranslation("team.answer.locked.text")));
            return;
        }
        Questionnaire questionnaire = assessment.questionnaire();
        String noticeKey = membership.get().team().clientId() == null ? "team.answer.who-sees"
                : "team.answer.who-sees-consultant";
        String roleId = member.roleId();
        String name = member.name();
        WizardEntry.journey(event, assessment, token.get().value(), new Journey(shown -> TeamJourneys.words(shown,
                name == null ? noticeKey + "-role" : noticeKey, RespondentWords.role(questionnaire, roleId, shown),
                name), PATH, "team.answer.send", PATH + token.get().value()));
        if (!language.equals(assessment.language())) {
            assessments.changeLanguage(assessment.id(), language);
        }
    }

    /**
     * A link opened before its first answer speaks the browser's language (or the one chosen in the menu), as the
     * start page does; once answered, the language they answered in.
     */
    private static String language(OpenAssessment assessment, Member member) {
        String language = member.state() == Member.State.INVITED && !member.takenBack() ? Languages.current()
                : assessment.questionnaire().languageFor(assessment.language());
        Languages.switchTo(Languages.locale(language));
        return language;
    }

    private void thanks(ResumeToken token, long assessmentId, boolean locked) {
        add(new H1(getTranslation("team.answer.thanks.heading")),
                new Paragraph(getTranslation(locked ? "team.answer.thanks.locked" : "team.answer.thanks.text")));
        Div buttons = new Div();
        buttons.addClassName("toolbar");
        if (!locked) {
            Button takeBack = new Button(getTranslation("team.answer.take-back"), click -> {
                invitations.takeBack(assessmentId);
                // The link again, with a mark that makes it a navigation of its own: it opens the answers, or says
                // why not (the team was locked meanwhile).
                getUI().ifPresent(ui -> ui.navigate(PATH + token.value(), QueryParameters.of("taken-back", "")));
            });
            takeBack.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(takeBack);
        }
        Button delete = new Button(getTranslation("team.answer.delete"), click -> {
            ConfirmDialog dialog = new ConfirmDialog(getTranslation("team.answer.delete.title"),
                    getTranslation("team.answer.delete.text"), getTranslation("result.delete.confirm.delete"),
                    confirmed -> {
                        assessments.delete(token);
                        removeAll();
                        add(new H1(getTranslation("team.answer.deleted.heading")),
                                new Paragraph(getTranslation("team.answer.deleted.text")));
                    });
            dialog.setConfirmButtonTheme("error primary");
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("result.delete.confirm.cancel"));
            dialog.open();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        buttons.add(delete);
        add(buttons);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.answer.page-title");
    }
}
