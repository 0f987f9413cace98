package org.readiness.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.readiness.assessment.AssessmentService;
import org.readiness.base.ui.Languages;
import org.readiness.base.ui.MainLayout;
import org.readiness.base.ui.Named;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.file.QuestionnaireCatalog;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

import java.util.List;

/** What the assessment gives and how long it takes, the language, and the start. */
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
public class StartView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    /** What the start page says a questionnaire takes when its file does not say. */
    private static final int DEFAULT_MINUTES = 10;

    private final AssessmentService assessments;
    private final List<Questionnaire> questionnaires;
    private final List<StartOption> options;
    private RadioButtonGroup<String> choice;

    StartView(AssessmentService assessments, QuestionnaireCatalog catalog, List<StartOption> options) {
        this.assessments = assessments;
        this.questionnaires = catalog.all();
        this.options = options;
        addClassName("start-view");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render(Languages.of(event.getLocale()));
    }

    private void render(String language) {
        String selected = choice == null ? null : choice.getValue();
        removeAll();
        add(new H1(getTranslation("start.heading")));
        if (questionnaires.isEmpty()) {
            add(new Paragraph(getTranslation("start.no-questionnaire")));
            return;
        }
        choice = new RadioButtonGroup<>(getTranslation("start.choose-questionnaire"));
        choice.addClassName("questionnaire-choice");
        choice.setItems(questionnaires.stream().map(Questionnaire::id).toList());
        choice.setItemLabelGenerator(id -> {
            Questionnaire questionnaire = questionnaire(id);
            return questionnaire.title().in(questionnaire.languageFor(language));
        });
        choice.setValue(selected != null ? selected : questionnaires.get(0).id());
        choice.setVisible(questionnaires.size() > 1);
        Section about = new Section();
        about.addClassName("questionnaire-about");
        describe(about, questionnaire(choice.getValue()), language);
        choice.addValueChangeListener(event -> describe(about, questionnaire(event.getValue()), language));
        Paragraph problem = new Paragraph();
        problem.addClassName("page-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        Button start = new Button(getTranslation("start.start"), click -> start(language, problem));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        start.addClassName("start-button");
        Div actions = new Div(start);
        actions.addClassName("start-actions");
        options.forEach(option -> actions.add(option.create(choice::getValue, language)));
        WizardSession.current().ifPresent(session -> {
            Button resume = new Button(getTranslation("start.continue"), click -> getUI().ifPresent(ui ->
                    ui.navigate(WizardView.class, new RouteParameters("stepId",
                            session.questionnaire().steps().get(0).id()))));
            actions.add(resume);
        });
        Anchor login = new Anchor("login", getTranslation("start.consultant-login"));
        login.addClassName("consultant-login");
        add(choice, about, problem, actions, login);
    }

    /** The chosen questionnaire as its file describes it: title, description and how long it takes. */
    private void describe(Section about, Questionnaire questionnaire, String language) {
        String shown = questionnaire.languageFor(language);
        about.removeAll();
        H2 title = new H2(questionnaire.title().in(shown));
        about.add(title);
        Named.region(about, title);
        if (questionnaire.description() != null) {
            Paragraph description = new Paragraph(questionnaire.description().in(shown));
            description.addClassName("questionnaire-description");
            about.add(description);
        }
        about.add(new Paragraph(getTranslation("start.gives")));
        Paragraph duration = new Paragraph(getTranslation("start.duration",
                questionnaire.estimatedMinutes() == null ? DEFAULT_MINUTES : questionnaire.estimatedMinutes()) + " "
                + getTranslation("start.intro"));
        duration.addClassName("duration");
        about.add(duration);
    }

    private void start(String language, Paragraph problem) {
        Questionnaire questionnaire = questionnaire(choice.getValue());
        AssessmentService.Started started;
        try {
            started = assessments.start(questionnaire.id(), language);
        } catch (DataAccessException | TransactionException e) {
            problem.setText(getTranslation(DatabaseTrouble.of(e, "the start of an assessment")
                    == DatabaseTrouble.UNREACHABLE ? "start.unavailable" : "start.refused"));
            problem.setVisible(true);
            return;
        }
        WizardSession.open(started.assessment(), started.token().value());
        getUI().ifPresent(ui -> ui.navigate(WizardView.class,
                new RouteParameters("stepId", questionnaire.steps().get(0).id())));
    }

    private Questionnaire questionnaire(String id) {
        return questionnaires.stream().filter(each -> each.id().equals(id)).findFirst().orElseThrow();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("start.page-title");
    }
}
