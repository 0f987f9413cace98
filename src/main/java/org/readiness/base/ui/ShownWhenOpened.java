package org.readiness.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.details.Details;

import java.util.function.Supplier;

/**
 * A "Show all" whose hidden part is made only while it is open: closed, it holds nothing on the server but its summary,
 * and most readers never open it.
 */
public final class ShownWhenOpened extends Details {

    public ShownWhenOpened(String summary, Supplier<Component> content) {
        // The summary as a bare text: the page keeps one node less than with the span Details makes of a string.
        super(new Text(summary));
        addOpenedChangeListener(change -> {
            removeAll();
            if (change.isOpened()) {
                add(content.get());
            }
        });
    }
}
