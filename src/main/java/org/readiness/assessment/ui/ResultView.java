package org.readiness.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.readiness.assessment.AssessmentService;
import org.readiness.assessment.OpenAssessment;
import org.readiness.scorecard.Format;
import org.readiness.scorecard.ScoreCardInput;
import org.readiness.scorecard.ScoreCards;
import org.readiness.base.ui.MainLayout;
import org.readiness.chart.AreaChart;
import org.readiness.chart.SvgChart;
import org.readiness.questionnaire.Area;
import org.readiness.questionnaire.Owner;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.recommendation.AreaOwners;
import org.readiness.recommendation.Evaluation;
import org.readiness.recommendation.RecommendedAction;
import org.readiness.recommendation.Trigger;
import org.readiness.scoring.AreaScore;
import org.readiness.scoring.QuestionScore;

import java.util.List;
import java.util.Locale;

/** The result: scores, chart, structure, owners, next steps and, for every point, why. */
@Route(value = "assessment/result", layout = MainLayout.class)
@AnonymousAllowed
public class ResultView extends SessionPage implements HasDynamicTitle {

    private final AssessmentService assessments;

    ResultView(AssessmentService assessments) {
        this.assessments = assessments;
        addClassName("result-view");
    }

    @Override
    protected void render(String language) {
        removeAll();
        Evaluation evaluation = Evaluation.of(session.questionnaire(), session.answers());
        add(new H1(getTranslation("result.heading")));
        add(overall(evaluation, language), areas(evaluation, language), structure(evaluation, language),
                actions(evaluation, language), why(evaluation, language));
        Paragraph finePrint = new Paragraph(getTranslation("result.fine-print", session.questionnaire().id(),
                session.questionnaire().version()));
        finePrint.addClassName("fine-print");
        add(downloads(language));
        session.token().ifPresent(token -> add(new ResumeLinkBox(token)));
        add(buttons(), finePrint);
    }

    private Component overall(Evaluation evaluation, String language) {
        Section section = new Section();
        section.addClassName("overall");
        section.add(new H2(getTranslation("result.overall")));
        Integer score = evaluation.score().overall();
        Span number = new Span(score == null ? "-" : String.valueOf(score));
        number.addClassName("overall-score");
        Span outOf = new Span(getTranslation("result.score-of"));
        outOf.addClassName("score-of");
        Div figure = new Div(number, outOf);
        figure.addClassName("overall-figure");
        section.add(figure);
        if (evaluation.score().overallBand() != null) {
            Span band = new Span(evaluation.score().overallBand().label().in(language));
            band.addClassName("band");
            band.getElement().setAttribute("data-band", evaluation.score().overallBand().id());
            section.add(band);
            if (evaluation.score().overallBand().summary() != null) {
                section.add(new Paragraph(evaluation.score().overallBand().summary().in(language)));
            }
        }
        return section;
    }

    private Component areas(Evaluation evaluation, String language) {
        Section section = new Section();
        section.addClassName("areas");
        section.add(new H2(getTranslation("result.areas")));
        Div cards = new Div();
        cards.addClassName("area-cards");
        for (Area area : evaluation.questionnaire().areas()) {
            AreaScore score = evaluation.score().area(area.id()).orElseThrow();
            Span value = new Span(score.isScored() ? String.valueOf(score.score()) : getTranslation("result.not-scored"));
            value.addClassName("area-score");
            Span band = new Span(score.isScored() ? score.band().label().in(language) : "");
            band.addClassName("band");
            if (score.isScored()) {
                band.getElement().setAttribute("data-band", score.band().id());
            }
            Div card = new Div(new H3(area.title().in(language)), value, band);
            card.addClassName("area-card");
            card.getElement().setAttribute("data-area", area.id());
            cards.add(card);
        }
        String title = getTranslation("result.chart-title");
        Svg chart = new Svg(SvgChart.render(AreaChart.of(evaluation, language, getTranslation("result.not-scored")),
                title));
        chart.addClassName("area-chart");
        section.add(cards, chart);
        return section;
    }

    private Component structure(Evaluation evaluation, String language) {
        Section section = new Section();
        section.addClassName("structure");
        section.add(new H2(getTranslation("result.structure")));
        String structure = evaluation.recommendation().structure().id();
        Span name = new Span(getTranslation("result.structure." + structure));
        name.addClassName("structure-name");
        name.getElement().setAttribute("data-structure", structure);
        section.add(name, new Paragraph(evaluation.recommendation().reason().in(language)));
        section.add(new H3(getTranslation("result.owners")));
        Div owners = new Div();
        owners.addClassName("owners");
        for (AreaOwners areaOwners : evaluation.recommendation().owners()) {
            Area area = evaluation.questionnaire().area(areaOwners.areaId()).orElseThrow();
            UnorderedList list = new UnorderedList();
            for (Owner owner : areaOwners.owners()) {
                ListItem item = new ListItem(new Span(owner.title().in(language)));
                if (owner.why() != null) {
                    Span why = new Span(owner.why().in(language));
                    why.addClassName("owner-why");
                    item.add(why);
                }
                list.add(item);
            }
            Div card = new Div(new H3(area.title().in(language)), list);
            card.addClassName("owner-card");
            owners.add(card);
        }
        section.add(owners);
        return section;
    }

    private Component actions(Evaluation evaluation, String language) {
        Section section = new Section();
        section.addClassName("actions");
        section.add(new H2(getTranslation("result.actions")));
        List<RecommendedAction> actions = evaluation.recommendation().actions();
        if (actions.isEmpty()) {
            section.add(new Paragraph(getTranslation("result.actions.none")));
            return section;
        }
        OrderedList list = new OrderedList();
        Questionnaire questionnaire = evaluation.questionnaire();
        for (RecommendedAction action : actions) {
            ListItem item = new ListItem();
            item.addClassName("action");
            item.getElement().setAttribute("data-action", action.action().id());
            Span title = new Span(action.action().title().in(language));
            title.addClassName("action-title");
            item.add(title, new Paragraph(action.action().reason().in(language)));
            if (action.pointsWonBack() > 0) {
                Span points = new Span(getTranslation("result.action.points",
                        String.format(Locale.ROOT, "%.0f", Math.ceil(action.pointsWonBack()))));
                points.addClassName("action-points");
                item.add(points);
            }
            UnorderedList because = new UnorderedList();
            for (Trigger trigger : action.triggers()) {
                if (trigger.answer() == null) {
                    continue;
                }
                Question question = questionnaire.question(trigger.questionId()).orElseThrow();
                because.add(new ListItem(question.text().in(language) + " " + "\u2192 "
                        + AnswerLabels.of(this, question, trigger.answer(), language)));
            }
            if (because.getChildren().findAny().isPresent()) {
                Span label = new Span(getTranslation("result.action.because"));
                label.addClassName("because-label");
                item.add(label, because);
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Component why(Evaluation evaluation, String language) {
        Section section = new Section();
        section.addClassName("why");
        section.add(new H2(getTranslation("result.why")), new Paragraph(getTranslation("result.why.intro")));
        Questionnaire questionnaire = evaluation.questionnaire();
        for (Area area : questionnaire.areas()) {
            AreaScore score = evaluation.score().area(area.id()).orElseThrow();
            String summary = getTranslation("result.why.area-total", area.title().in(language),
                    AnswerLabels.plain(score.earned()), AnswerLabels.plain(score.reachable()),
                    score.isScored() ? score.score() : "-");
            Details details = new Details(summary);
            details.addClassName("why-area");
            // Built when first opened: the tables are most of the page, and a closed one would cost every open
            // result page its memory on the server.
            details.addOpenedChangeListener(opened -> {
                if (opened.isOpened() && details.getContent().findAny().isEmpty()) {
                    details.add(whyTable(evaluation, area, language));
                }
            });
            section.add(details);
        }
        return section;
    }

    private NativeTable whyTable(Evaluation evaluation, Area area, String language) {
        Questionnaire questionnaire = evaluation.questionnaire();
        NativeTable table = new NativeTable();
        table.addClassName("why-table");
        NativeTableRow head = new NativeTableRow();
        head.addHeaderCell().setText(getTranslation("result.why.question"));
        head.addHeaderCell().setText(getTranslation("result.why.answer"));
        head.addHeaderCell().setText(getTranslation("result.why.points"));
        table.getHead().add(head);
        for (QuestionScore questionScore : evaluation.score().questionsOf(area.id())) {
            Question question = questionnaire.question(questionScore.questionId()).orElseThrow();
            NativeTableRow row = new NativeTableRow();
            var questionCell = row.addDataCell();
            questionCell.setText(question.text().in(language));
            String note = session.note(question.id());
            if (!note.isEmpty()) {
                Span noteText = new Span(getTranslation("interview.note") + ": " + note);
                noteText.addClassName("note-text");
                questionCell.add(noteText);
            }
            row.addDataCell().setText(answerText(questionScore, question, language));
            row.addDataCell().setText(questionScore.counts()
                    ? getTranslation("result.why.points-value", AnswerLabels.plain(questionScore.earned()),
                    AnswerLabels.plain(questionScore.reachable()))
                    : "-");
            table.getBody().add(row);
        }
        return table;
    }

    private String answerText(QuestionScore score, Question question, String language) {
        return switch (score.status()) {
            case HIDDEN -> getTranslation("status.hidden");
            case UNANSWERED -> getTranslation("status.not-answered");
            case NOT_APPLICABLE -> getTranslation("status.not-applicable");
            default -> score.answer() == null ? getTranslation("status.not-answered")
                    : AnswerLabels.of(this, question, score.answer(), language);
        };
    }

    /** The score card as PDF, JSON and CSV, with the organisation's name printed on it if the user gives one. */
    private Component downloads(String language) {
        Section section = new Section();
        section.addClassName("downloads");
        section.add(new H2(getTranslation("result.scorecard")));
        TextField organisation = new TextField(getTranslation("result.organisation"));
        organisation.setMaxLength(AssessmentService.ORGANISATION_LIMIT);
        organisation.setHelperText(getTranslation("result.organisation.help", AssessmentService.ORGANISATION_LIMIT));
        organisation.addClassName("organisation-field");
        assessments.open(session.assessmentId()).map(OpenAssessment::organisation).ifPresent(organisation::setValue);
        organisation.addValueChangeListener(change -> {
            if (!assessments.setOrganisation(session.assessmentId(), change.getValue())) {
                organisation.setErrorMessage(getTranslation("result.organisation.too-long",
                        AssessmentService.ORGANISATION_LIMIT));
                organisation.setInvalid(true);
            } else {
                organisation.setInvalid(false);
            }
        });
        Div links = new Div();
        links.addClassName("download-links");
        for (Format format : Format.values()) {
            Anchor link = new Anchor(download(format, language), AttachmentType.DOWNLOAD,
                    getTranslation("result.download." + format.extension()));
            link.addClassName("download-" + format.extension());
            links.add(link);
        }
        section.add(organisation, links);
        return section;
    }

    private DownloadHandler download(Format format, String language) {
        long assessmentId = session.assessmentId();
        WizardSession wizard = session;
        return event -> {
            OpenAssessment stored = assessments.open(assessmentId).orElseThrow();
            ScoreCardInput input = new ScoreCardInput(Evaluation.of(wizard.questionnaire(), wizard.answers()),
                    language, stored.organisation(), stored.notes(), stored.createdAt(), stored.updatedAt(),
                    java.time.Instant.now());
            event.setFileName(ScoreCards.fileName(format, stored.organisation(), input));
            event.setContentType(format.contentType());
            ScoreCards.write(format, input, event.getOutputStream());
        };
    }

    private Component buttons() {
        Button startOver = new Button(getTranslation("result.start-over"), click -> {
            WizardSession.close();
            getUI().ifPresent(ui -> ui.navigate(StartView.class));
        });
        Button delete = new Button(getTranslation("result.delete"), click -> confirmDelete());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClassName("delete-assessment");
        Div buttons = new Div(startOver, delete);
        delete.setVisible(!session.isInterview());
        session.interviewClientId().ifPresent(clientId -> {
            startOver.setVisible(false);
            buttons.addComponentAsFirst(new Anchor("consultant/clients/" + clientId,
                    getTranslation("interview.back-to-client")));
        });
        buttons.addClassName("result-buttons");
        return buttons;
    }

    private void confirmDelete() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("result.delete.confirm.title"),
                getTranslation("result.delete.confirm.text"), getTranslation("result.delete.confirm.delete"),
                confirmed -> {
                    assessments.delete(session.assessmentId());
                    WizardSession.close();
                    Notification.show(getTranslation("result.deleted"), 5000, Notification.Position.TOP_CENTER);
                    getUI().ifPresent(ui -> ui.navigate(StartView.class));
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("result.delete.confirm.cancel"));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("result.page-title");
    }
}
