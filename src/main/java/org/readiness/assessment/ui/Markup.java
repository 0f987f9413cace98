package org.readiness.assessment.ui;

import com.vaadin.flow.component.Html;
import org.jspecify.annotations.Nullable;
import org.readiness.chart.XmlText;

/**
 * Read-only parts of a page written as one element of markup instead of a component per line: the server keeps one
 * state node for the whole part. Every text goes through {@link XmlText#escape}, so an answer or a name typed as
 * markup shows as the characters typed.
 */
public final class Markup {

    private final StringBuilder html = new StringBuilder();

    /** Opens an element with its class (none when null) and attributes given as name, value pairs. */
    public Markup open(String tag, @Nullable String cssClass, String... attributes) {
        html.append('<').append(tag);
        if (cssClass != null) {
            attribute("class", cssClass);
        }
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            attribute(attributes[i], attributes[i + 1]);
        }
        html.append('>');
        return this;
    }

    public Markup close(String tag) {
        html.append("</").append(tag).append('>');
        return this;
    }

    public Markup text(String text) {
        html.append(XmlText.escape(text));
        return this;
    }

    /** An element holding only a text. */
    public Markup element(String tag, @Nullable String cssClass, String text, String... attributes) {
        return open(tag, cssClass, attributes).text(text).close(tag);
    }

    /** The markup as written, for an element's {@code innerHTML}. */
    @Override
    public String toString() {
        return html.toString();
    }

    /** The markup as one component; it must have one root element. */
    public Html toComponent() {
        return new Html(html.toString());
    }

    private void attribute(String name, String value) {
        html.append(' ').append(name).append("=\"").append(XmlText.escape(value)).append('"');
    }
}
