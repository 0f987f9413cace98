package org.readiness.assessment.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import org.readiness.assessment.AnswerService;
import org.readiness.questionnaire.Question;

/** Beside a question in an interview: the consultant's talking point, a "not discussed yet" mark and a note. */
class InterviewNote extends Composite<Div> {

    private final Span notDiscussed = new Span();
    private final LimitedTextArea note = new LimitedTextArea("");
    private boolean reverting;

    InterviewNote(Question question, String language, String text, boolean answered) {
        getContent().addClassName("interview-note");
        if (question.talkingPoint() != null) {
            Paragraph talkingPoint = new Paragraph(question.talkingPoint().in(language));
            talkingPoint.addClassName("talking-point");
            Span label = new Span(getTranslation("interview.talking-point") + ": ");
            label.addClassName("talking-point-label");
            talkingPoint.addComponentAsFirst(label);
            getContent().add(talkingPoint);
        }
        notDiscussed.setText(getTranslation("interview.not-discussed"));
        notDiscussed.addClassName("not-discussed");
        notDiscussed.getElement().getThemeList().add("badge contrast");
        notDiscussed.setVisible(!answered);
        note.setLabel(getTranslation("interview.note"));
        // The page names the question too, so a screen reader tells the notes apart.
        note.setAriaLabel(getTranslation("interview.note-on", question.text().in(language)));
        // As a free-text answer's (TextInput): a paste over the limit is refused with a message, a huge one not sent.
        note.setMaxLength(TextInput.outerLimit(AnswerService.NOTE_LIMIT));
        note.setHelperText(getTranslation("interview.note-help", AnswerService.NOTE_LIMIT));
        note.setValue(text);
        note.setMinRows(1);
        // Sent when the typing pauses, the field is left or the page is left (ChangeTracker), then saved at once.
        note.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        note.addClassName("note-field");
        note.addValueChangeListener(change -> {
            String value = change.getValue();
            int length = value.codePointCount(0, value.length());
            if (reverting) {
                return;
            }
            if (length > AnswerService.NOTE_LIMIT) {
                forget(change.getOldValue());
                showError(getTranslation("wizard.text-too-long", length, AnswerService.NOTE_LIMIT));
                fireEvent(new NoteRefused(this));
            } else {
                fireEvent(new NoteChanged(this, value));
            }
        });
        getContent().add(notDiscussed, note);
    }

    /** A refused note stays on the page, to be shortened, and the server lets go of it. */
    private void forget(String before) {
        reverting = true;
        try {
            note.forget(before);
        } finally {
            reverting = false;
        }
    }

    void answered(boolean answered) {
        notDiscussed.setVisible(!answered);
    }

    void showError(String message) {
        note.setErrorMessage(message);
        note.setInvalid(true);
    }

    void clearError() {
        note.setInvalid(false);
    }

    Registration addNoteChangedListener(ComponentEventListener<NoteChanged> listener) {
        return addListener(NoteChanged.class, listener);
    }

    Registration addNoteRefusedListener(ComponentEventListener<NoteRefused> listener) {
        return addListener(NoteRefused.class, listener);
    }

    /** A note over the limit, refused at the field. */
    static final class NoteRefused extends ComponentEvent<InterviewNote> {
        NoteRefused(InterviewNote source) {
            super(source, true);
        }
    }

    static final class NoteChanged extends ComponentEvent<InterviewNote> {
        private final String text;

        NoteChanged(InterviewNote source, String text) {
            super(source, true);
            this.text = text;
        }

        String text() {
            return text;
        }
    }
}
