package org.readiness.assessment.ui;

import com.vaadin.flow.component.html.Span;

import java.util.HashSet;
import java.util.Set;

/**
 * A quiet line that says whether the answers are saved; read out by screen readers when it changes. The server
 * words what it knows (saved, not saved) in one child; the page shows the other child, "Saving…", from the moment
 * the user changes an answer or a note until the server confirms that it stored everything up to that change
 * (see {@link ChangeTracker}). Neither writes over the other's text. While a field shows that its change was refused,
 * the line says so too, never "All answers saved".
 */
public class SaveStatus extends Span {

    private String known = "";
    private String saving = "";
    private static final String REFUSED = "save.refused-status";
    private static final String OUTAGE = "save.failed";

    private final String savedKey;
    /** The fields whose last change was refused: while there is one, the line does not say all is saved. */
    private final Set<String> refusedAt = new HashSet<>();
    private String shown = "";

    public SaveStatus() {
        this("save.saved");
    }

    /** With its own words for "saved", such as a meeting's notes rather than answers. */
    public SaveStatus(String savedKey) {
        this.savedKey = savedKey;
        addClassName("save-status");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        draw();
    }

    /** Words the "Saving…" line in the page's language. */
    public void localise() {
        saving = getTranslation("save.saving");
        draw();
    }

    public void saved() {
        if (refusedAt.isEmpty()) {
            show(savedKey, "saved");
        } else {
            refused();
        }
    }

    /** A change at this field was refused (the field says why); a database outage, when there is one, stays shown. */
    void refused(String field) {
        refusedAt.add(field);
        if (!OUTAGE.equals(shown)) {
            refused();
        }
    }

    /** This field's latest change was taken; the next save says whether everything is saved now. */
    void accepted(String field) {
        refusedAt.remove(field);
    }

    /** A new step's fields show what is stored and no refusal. */
    void forgetRefusals() {
        refusedAt.clear();
        if (REFUSED.equals(shown)) {
            saved();
        }
    }

    /** An answer the server would not take: it is not saved, and its field says why. */
    void refused() {
        show(REFUSED, "refused");
    }

    public void failed() {
        show(OUTAGE, "failed");
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
        return known;
    }

    private void show(String key, String state) {
        shown = key;
        known = getTranslation(key);
        getElement().setAttribute("data-state", state);
        draw();
    }

    /** Both lines as one element's markup: the line keeps one state node where a span for each kept four. */
    private void draw() {
        getElement().setProperty("innerHTML", new Markup().element("span", "save-status-known", known)
                .element("span", "save-status-saving", saving).toString());
    }
}
