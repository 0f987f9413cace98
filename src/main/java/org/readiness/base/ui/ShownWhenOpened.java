package org.readiness.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

import java.util.List;
import java.util.function.Supplier;

/**
 * A "Show all" whose hidden part is made only while it is open: closed, it holds nothing on the server but its summary,
 * and most readers never open it. Vaadin's details element with its summary as a property: one state node while
 * closed, where the details component keeps four (itself, its summary, the summary's text and a content box).
 */
@Tag("vaadin-details")
@JsModule("@vaadin/details/src/vaadin-details.js")
public final class ShownWhenOpened extends Component implements HasStyle {

    private final Supplier<Component> content;

    public ShownWhenOpened(String summary, Supplier<Component> content) {
        this.content = content;
        getElement().setProperty("summary", summary);
        getElement().addPropertyChangeListener("opened", "opened-changed", change -> show(isOpened()));
    }

    public String getSummaryText() {
        return getElement().getProperty("summary", "");
    }

    public boolean isOpened() {
        return getElement().getProperty("opened", false);
    }

    /** Opens or closes it, as a click on its summary does. */
    public void setOpened(boolean opened) {
        getElement().setProperty("opened", opened);
    }

    /** What it shows: nothing while closed. */
    public List<Component> getContent() {
        return getChildren().toList();
    }

    private void show(boolean opened) {
        getElement().removeAllChildren();
        if (opened) {
            getElement().appendChild(content.get().getElement());
        }
    }
}
