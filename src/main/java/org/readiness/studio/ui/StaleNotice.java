package org.readiness.studio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.readiness.base.ui.Dates;
import org.readiness.studio.JsonDiff;
import org.readiness.studio.SaveResult;

/**
 * A save refused because someone saved the draft first: who and when, what they changed, and the two ways on:
 * take their version, or keep one's own text as a draft of its own. Nothing is overwritten either way.
 */
final class StaleNotice extends Div {

    private static final int SHOWN = 12;

    StaleNotice(SaveResult.Stale refused, Dates dates, Runnable takeTheirs, Runnable keepMine) {
        addClassName("stale");
        getElement().setAttribute("role", "alert");
        add(new Paragraph(getTranslation("studio.stale.text", refused.current().updatedBy(),
                dates.dateTime(refused.current().updatedAt()))));
        UnorderedList changes = new UnorderedList();
        refused.changes().stream().limit(SHOWN).forEach(change -> changes.add(new ListItem(describe(change))));
        if (refused.changes().size() > SHOWN) {
            changes.add(new ListItem(getTranslation("studio.stale.more", refused.changes().size() - SHOWN)));
        }
        Button theirs = new Button(getTranslation("studio.stale.take-theirs"), click -> takeTheirs.run());
        theirs.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button mine = new Button(getTranslation("studio.stale.keep-mine"), click -> keepMine.run());
        add(changes, new Div(theirs, mine));
    }

    private String describe(JsonDiff.Change change) {
        String key = change.key().isEmpty() ? "/" : change.key();
        if (change.isAdded()) {
            return getTranslation("studio.change.added", key);
        }
        if (change.isRemoved()) {
            return getTranslation("studio.change.removed", key);
        }
        return getTranslation("studio.change.changed", key, abbreviate(change.before().toString()),
                abbreviate(change.after().toString()));
    }

    static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
