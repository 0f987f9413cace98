package org.readiness.plan.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.readiness.assessment.ui.ChangeTracker;
import org.readiness.assessment.ui.NoteBeacon;
import org.readiness.assessment.ui.Retrying;
import org.readiness.assessment.ui.SaveStatus;
import org.readiness.plan.Checkpoint;
import org.readiness.plan.PlanService;
import org.springframework.dao.DataAccessException;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The meeting's notes and decisions, saved as they are typed with the interview's rules (nothing lost): the page
 * numbers each change and says "Saving…" until the server confirms it stored everything up to it
 * ({@link ChangeTracker}); text goes when the typing pauses, on leaving the field and before any click; while the
 * database is away the texts wait here and are tried again every few seconds; a page left by a reload or a closed tab
 * sends what was not confirmed by a beacon ({@link CheckpointNoteBeacon}).
 */
class CheckpointNotes extends Div {

    static final String NOTES = "notes";
    static final String DECISIONS = "decisions";

    private final PlanSubject subject;
    private final LocalDate day;
    private final CheckpointParts parts;
    private final SaveStatus status = new SaveStatus("plan.checkpoint.saved");
    private final Map<String, String> waiting = new LinkedHashMap<>();
    private final Map<String, TextArea> fields = new LinkedHashMap<>();
    private final Retrying retry = new Retrying();
    private int sentUpTo;

    CheckpointNotes(PlanSubject subject, LocalDate day, CheckpointParts parts) {
        this.subject = subject;
        this.day = day;
        this.parts = parts;
        addClassName("checkpoint-notes");
        Checkpoint stored = parts.checkpoint(subject, day);
        add(new H2(getTranslation("plan.checkpoint.minutes")), status);
        add(field(NOTES, "plan.checkpoint.notes", stored.notes()), field(DECISIONS, "plan.checkpoint.decisions",
                stored.decisions()));
    }

    private Div field(String kind, String label, String text) {
        TextArea area = new TextArea(getTranslation(label));
        area.setValue(text);
        area.setMinRows(4);
        area.setWidthFull();
        area.setHelperText(getTranslation("plan.text-limit", PlanService.TEXT_LIMIT));
        area.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        area.addClassName("note-field");
        area.addValueChangeListener(change -> {
            waiting.put(kind, change.getValue());
            save();
        });
        fields.put(kind, area);
        Div holder = new Div(area);
        holder.getElement().setAttribute("data-question", kind);
        return holder;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        status.localise();
        status.saved();
        String beacon = subject.place().beaconLocation(day);
        ChangeTracker.install(this, beacon == null ? null : NoteBeacon.to(beacon));
    }

    /** The page has sent every change up to this one: once nothing waits, it hears that all are stored. */
    @ClientCallable
    void changesSent(int upTo) {
        sentUpTo = Math.max(sentUpTo, upTo);
        if (waiting.isEmpty()) {
            status.confirm(sentUpTo);
        }
    }

    private void save() {
        try {
            for (Map.Entry<String, String> text : Map.copyOf(waiting).entrySet()) {
                TextArea area = fields.get(text.getKey());
                if (parts.plans().saveCheckpointText(subject.plan().id(), day, text.getKey().equals(DECISIONS),
                        text.getValue())) {
                    area.setInvalid(false);
                } else {
                    area.setErrorMessage(getTranslation("save.too-long", PlanService.TEXT_LIMIT));
                    area.setInvalid(true);
                }
                waiting.remove(text.getKey());
            }
        } catch (DataAccessException unreachable) {
            status.failed();
            retry.start(this::save);
            return;
        }
        retry.stop();
        status.saved();
        status.confirm(sentUpTo);
    }
}
