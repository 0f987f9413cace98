package org.readiness.assessment.ui;

import com.vaadin.flow.component.html.Span;

/**
 * A quiet line that says whether the answers are saved; read out by screen readers when it changes. The server
 * words what it knows (saved, not saved) in one child; the page shows the other child, "Saving…", from the moment
 * the user changes an answer or a note until the server confirms that it stored everything up to that change
 * (see {@link ChangeTracker}). Neither writes over the other's text.
 */
public class SaveStatus extends Span {

    private final Span known = new Span();
    private final Span saving = new Span();
    private final String savedKey;

    public SaveStatus() {
        this("save.saved");
    }

    /** With its own words for "saved", such as a meeting's notes rather than answers. */
    public SaveStatus(String savedKey) {
        this.savedKey = savedKey;
        addClassName("save-status");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        known.addClassName("save-status-known");
        saving.addClassName("save-status-saving");
        add(known, saving);
    }

    /** Words the "Saving…" line in the page's language. */
    public void localise() {
        saving.setText(getTranslation("save.saving"));
    }

    public void saved() {
        show(savedKey, "saved");
    }

    /** An answer the server would not take: it is not saved, and its field says why. */
    void refused() {
        show("save.refused-status", "refused");
    }

    public void failed() {
        show("save.failed", "failed");
    }

    public void gone() {
        show("save.gone", "failed");
    }

    /** The server has stored every change the page made up to this one: the page may stop saying "Saving…". */
    public void confirm(int change) {
        getElement().executeJs(ChangeTracker.CONFIRM, change);
    }

    /** What the server last said, as the page shows it when no change is on its way. */
    public String text() {
        return known.getText();
    }

    private void show(String key, String state) {
        known.setText(getTranslation(key));
        getElement().setAttribute("data-state", state);
    }
}
