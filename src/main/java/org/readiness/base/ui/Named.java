package org.readiness.base.ui;

import com.vaadin.flow.component.Component;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Names a part of a page by the heading it shows, so that a screen reader announces the part by that heading (and a
 * test finds it the same way): a region among the page's landmarks, or a group such as one area's card.
 */
public final class Named {

    private static final AtomicLong HEADINGS = new AtomicLong();

    private Named() {
    }

    /** A landmark named by its heading; a {@code <section>} is one by itself once named. */
    public static void region(Component part, Component heading) {
        region(part, idOf(heading));
    }

    /** A landmark named by a heading written in markup, with an id from {@link #headingId()}. */
    public static void region(Component part, String headingId) {
        if (!"section".equals(part.getElement().getTag())) {
            part.getElement().setAttribute("role", "region");
        }
        part.getElement().setAttribute("aria-labelledby", headingId);
    }

    /** An id no other heading of the page has, for a heading written in markup. */
    public static String headingId() {
        return "heading-" + HEADINGS.incrementAndGet();
    }

    /** A group of things that belong together, named by its heading. */
    public static void group(Component part, Component heading) {
        part.getElement().setAttribute("role", "group");
        labelledBy(part, heading);
    }

    /** Names a list (or any part whose role allows a name) by the heading before it. */
    public static void labelledBy(Component part, Component heading) {
        part.getElement().setAttribute("aria-labelledby", idOf(heading));
    }

    /** The heading's id, given one first if it has none. */
    private static String idOf(Component heading) {
        return heading.getId().orElseGet(() -> {
            String made = headingId();
            heading.setId(made);
            return made;
        });
    }
}
