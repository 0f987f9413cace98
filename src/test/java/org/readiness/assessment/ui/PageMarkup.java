package org.readiness.assessment.ui;

import com.vaadin.flow.component.Component;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

/**
 * The parts of the page that are one element of markup each (an {@code Html}, or any element given its
 * {@code innerHTML}), read as the browser gets them.
 */
public final class PageMarkup {

    private PageMarkup() {
    }

    /** Every element of the page's markup that the CSS query selects, in page order. */
    public static List<Element> select(String cssQuery) {
        return parts().stream()
                .flatMap(element -> Jsoup.parseBodyFragment(outerHtml(element)).select(cssQuery).stream())
                .toList();
    }

    /** The page's elements that are given their content as markup ({@code innerHTML}), in page order. */
    public static List<com.vaadin.flow.dom.Element> parts() {
        return _find(Component.class).stream().map(Component::getElement)
                .filter(element -> element.hasProperty("innerHTML")).toList();
    }

    /** The one element the query selects; fails when there is none or more. */
    public static Element single(String cssQuery) {
        List<Element> found = select(cssQuery);
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " elements of the page's markup match " + cssQuery);
        }
        return found.get(0);
    }

    private static String outerHtml(com.vaadin.flow.dom.Element element) {
        StringBuilder root = new StringBuilder("<").append(element.getTag());
        element.getAttributeNames().forEach(name -> root.append(' ').append(name).append("=\"")
                .append(element.getAttribute(name).replace("&", "&amp;").replace("\"", "&quot;")).append('"'));
        return root.append('>').append(element.getProperty("innerHTML")).append("</").append(element.getTag())
                .append('>').toString();
    }
}
