package org.readiness.assessment.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.readiness.base.ui.Languages;
import org.readiness.words.Words;
import org.readiness.assessment.AnswerService;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.Step;
import org.readiness.questionnaire.answer.Answer;
import org.readiness.questionnaire.answer.AnswerCheck;
import org.readiness.questionnaire.answer.AnswerProblem;
import org.readiness.questionnaire.answer.ShownQuestions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The questions of one step, each shown only while the answers so far ask it; in an interview each with its talking
 * point and note. Fires {@link AnswerGiven} and {@link NoteWritten}; the view saves them. A change refused at its
 * field is told to the status line, which then never says that everything is saved.
 */
class StepForm extends Div {

    private static final String ANSWER = "answer:";
    private static final String NOTE = "note:";

    private final StepAnswers session;
    private final Step step;
    private final SaveStatus status;
    private final Map<String, QuestionField> fields = new LinkedHashMap<>();
    private final Map<String, InterviewNote> notes = new LinkedHashMap<>();

    StepForm(StepAnswers session, Step step, String language, SaveStatus status) {
        this.session = session;
        this.step = step;
        this.status = status;
        status.forgetRefusals();
        addClassName("questions");
        for (Question question : step.questions()) {
            QuestionField field = new QuestionField(question, language);
            field.show(session.answers().get(question.id()).orElse(null));
            field.addAnswerChangedListener(changed -> {
                status.accepted(ANSWER + question.id());
                fireEvent(new AnswerGiven(this, question.id(), changed.answer()));
            });
            field.addAnswerRefusedListener(refused -> status.refused(ANSWER + question.id()));
            fields.put(question.id(), field);
            add(field);
            if (session.isInterview()) {
                InterviewNote note = new InterviewNote(question, language, session.note(question.id()),
                        session.answers().has(question.id()));
                field.addAnswerChangedListener(changed -> note.answered(changed.answer() != null));
                note.addNoteChangedListener(changed -> {
                    note.clearError();
                    status.accepted(NOTE + question.id());
                    fireEvent(new NoteWritten(this, question.id(), changed.text()));
                });
                note.addNoteRefusedListener(refused -> status.refused(NOTE + question.id()));
                notes.put(question.id(), note);
                field.getElement().appendChild(note.getElement());
                session.teamPoint(question.id()).ifPresent(point -> {
                    Paragraph team = new Paragraph(getTranslation("interview.team-point", point));
                    team.addClassName("team-talking-point");
                    note.getElement().insertChild(0, team.getElement());
                });
            }
        }
        showOnlyShownQuestions();
    }

    /** Hides the questions that the answers so far leave out, and shows the others. */
    void showOnlyShownQuestions() {
        ShownQuestions shown = ShownQuestions.of(session.questionnaire(), session.answers(), session.scope());
        fields.forEach((questionId, field) -> field.setVisible(shown.isShown(questionId)));
    }

    /** Marks the required questions not answered yet and takes the user to the first; tells how many there are. */
    int markMissing() {
        List<AnswerProblem> missing = AnswerCheck.missingRequired(session.questionnaire(), step, session.answers(),
                session.scope());
        missing.forEach(problem -> field(problem.questionId()).ifPresent(QuestionField::markMissing));
        missing.stream().findFirst().flatMap(first -> field(first.questionId())).ifPresent(QuestionField::focus);
        return missing.size();
    }

    /** Another tab answered the question first: the page shows that answer, and says so. */
    void conflict(String questionId) {
        field(questionId).ifPresent(field -> field.show(session.answers().get(questionId).orElse(null)));
        showOnlyShownQuestions();
        Notification.show(getTranslation("save.conflict"), 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_CONTRAST);
    }

    /** An answer or note that was not taken: the field keeps what was typed, to be mended, and says why. */
    void refused(String questionId, boolean note, AnswerProblem problem) {
        if (note) {
            note(questionId).ifPresent(field -> field.showError(refusal(problem, AnswerService.NOTE_LIMIT)));
            status.refused(NOTE + questionId);
        } else {
            field(questionId).ifPresent(field -> field.showError(refusal(problem, field.question().textLimit())));
            status.refused(ANSWER + questionId);
            showOnlyShownQuestions();
        }
    }

    /** Why a text was not taken, in the user's language. */
    private String refusal(AnswerProblem problem, int textLimit) {
        return switch (problem.kind()) {
            case TOO_LONG -> getTranslation("save.too-long", textLimit);
            case NOT_STORED -> getTranslation("save.not-stored");
            default -> getTranslation("save.refused", problem.in(Words.in(Languages.of(getLocale()))));
        };
    }

    Optional<QuestionField> field(String questionId) {
        return Optional.ofNullable(fields.get(questionId));
    }

    Optional<InterviewNote> note(String questionId) {
        return Optional.ofNullable(notes.get(questionId));
    }

    Registration addAnswerGivenListener(ComponentEventListener<AnswerGiven> listener) {
        return addListener(AnswerGiven.class, listener);
    }

    Registration addNoteWrittenListener(ComponentEventListener<NoteWritten> listener) {
        return addListener(NoteWritten.class, listener);
    }

    Registration addChangesSentListener(ComponentEventListener<ChangesSent> listener) {
        return addListener(ChangesSent.class, listener);
    }

    /** The page's word that it has sent every change up to this one (see {@link ChangeTracker}). */
    @ClientCallable
    void changesSent(int upTo) {
        fireEvent(new ChangesSent(this, upTo));
    }

    /** Every change the page made up to {@code upTo} has reached the server, in order, before this event. */
    static final class ChangesSent extends ComponentEvent<StepForm> {
        private final int upTo;

        ChangesSent(StepForm source, int upTo) {
            super(source, true);
            this.upTo = upTo;
        }

        int upTo() {
            return upTo;
        }
    }

    /** The user answered (or, with a null answer, cleared) a question. */
    static final class AnswerGiven extends ComponentEvent<StepForm> {
        private final String questionId;
        private final @Nullable Answer answer;

        AnswerGiven(StepForm source, String questionId, @Nullable Answer answer) {
            super(source, true);
            this.questionId = questionId;
            this.answer = answer;
        }

        String questionId() {
            return questionId;
        }

        @Nullable Answer answer() {
            return answer;
        }
    }

    /** The consultant wrote a note on a question. */
    static final class NoteWritten extends ComponentEvent<StepForm> {
        private final String questionId;
        private final String text;

        NoteWritten(StepForm source, String questionId, String text) {
            super(source, true);
            this.questionId = questionId;
            this.text = text;
        }

        String questionId() {
            return questionId;
        }

        String text() {
            return text;
        }
    }
}
