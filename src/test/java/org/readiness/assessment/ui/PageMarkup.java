package org.readiness.assessment.ui;

import com.vaadin.flow.component.Html;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

/** The read-only parts of the page that are one element of markup each, read as the browser gets them. */
public final class PageMarkup {

    private PageMarkup() {
    }

    /** Every element of the page's markup that the CSS query selects, in page order. */
    public static List<Element> select(String cssQuery) {
        return _find(Html.class).stream()
                .flatMap(html -> Jsoup.parseBodyFragment(outerHtml(html)).select(cssQuery).stream())
                .toList();
    }

    /** The one element the query selects; fails when there is none or more. */
    public static Element single(String cssQuery) {
        List<Element> found = select(cssQuery);
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " elements of the page's markup match " + cssQuery);
        }
        return found.get(0);
    }

    private static String outerHtml(Html html) {
        StringBuilder root = new StringBuilder("<").append(html.getElement().getTag());
        html.getElement().getAttributeNames().forEach(name -> root.append(' ').append(name).append("=\"")
                .append(html.getElement().getAttribute(name).replace("&", "&amp;").replace("\"", "&quot;")).append('"'));
        return root.append('>').append(html.getInnerHtml()).append("</").append(html.getElement().getTag())
                .append('>').toString();
    }
}
