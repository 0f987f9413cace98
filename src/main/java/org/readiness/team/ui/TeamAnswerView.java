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
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.readiness.assessment.AssessmentService;
import org.readiness.assessment.OpenAssessment;
import org.readiness.assessment.ResumeToken;
import org.readiness.assessment.ui.Journey;
import org.readiness.assessment.ui.WizardEntry;
import org.readiness.base.ui.Languages;
import org.readiness.base.ui.MainLayout;
import org.readiness.team.Member;
import org.readiness.team.TeamService;

import java.util.Optional;

/**
 * A respondent's personal link: answering in their role on their own device, with the wizard's autosave and resume,
 * told who sees their answers. Once sent, the link shows a thank-you and lets them delete their answers.
 */
@Route(value = "team/answer/:token", layout = MainLayout.class)
@AnonymousAllowed
public class TeamAnswerView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PATH = "team/answer/";

    private final AssessmentService assessments;
    private final TeamService teams;

    TeamAnswerView(AssessmentService assessments, TeamService teams) {
        this.assessments = assessments;
        this.teams = teams;
        addClassName("message-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<ResumeToken> token = ResumeToken.parse(event.getRouteParameters().get("token").orElse(""));
        Optional<OpenAssessment> found = token.flatMap(assessments::resume);
        Optional<TeamService.TeamMembership> membership = found.flatMap(each -> teams.membershipOf(each.id()));
        if (membership.isEmpty()) {
            add(new H1(getTranslation("resume.unknown.heading")), new Paragraph(getTranslation("resume.unknown.text")));
            return;
        }
        OpenAssessment assessment = found.get();
        Languages.switchTo(Languages.locale(assessment.language()));
        if (assessment.isFinished()) {
            thanks(token.get());
            return;
        }
        Member member = membership.get().member();
        String who = RespondentWords.name(this, assessment.questionnaire(), member, assessment.language());
        String notice = getTranslation(membership.get().team().clientId() == null ? "team.answer.who-sees"
                : "team.answer.who-sees-consultant", who);
        WizardEntry.journey(event, assessment, token.get().value(),
                new Journey(notice, PATH, "team.answer.send", PATH + token.get().value()));
    }

    private void thanks(ResumeToken token) {
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
        add(new H1(getTranslation("team.answer.thanks.heading")),
                new Paragraph(getTranslation("team.answer.thanks.text")), delete);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.answer.page-title");
    }
}
