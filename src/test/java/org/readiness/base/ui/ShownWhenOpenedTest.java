package org.readiness.base.ui;

import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ShownWhenOpenedTest {

    private final AtomicInteger made = new AtomicInteger();
    private final ShownWhenOpened showAll = new ShownWhenOpened("Show all 9 next steps", () -> {
        made.incrementAndGet();
        return new Span("the other six");
    });

    @Test
    void closed_it_holds_only_its_summary_and_makes_nothing() {
        assertThat(showAll.getContent()).isEmpty();
        assertThat(showAll.getSummaryText()).isEqualTo("Show all 9 next steps");
        assertThat(made).hasValue(0);
    }

    @Test
    void opened_it_shows_what_it_hides_and_closed_again_it_lets_go_of_it() {
        showAll.setOpened(true);
        assertThat(showAll.getContent()).singleElement()
                .satisfies(shown -> assertThat(shown.getElement().getText()).isEqualTo("the other six"));

        showAll.setOpened(false);
        assertThat(showAll.getContent()).isEmpty();

        showAll.setOpened(true);
        assertThat(showAll.getContent()).hasSize(1);
        assertThat(made).hasValue(2);
    }

    @Test
    void a_summary_typed_as_markup_is_a_text_the_page_shows_as_typed_and_makes_no_element() {
        String hostile = "<img src=x onerror=alert(1)> & </vaadin-details>";
        ShownWhenOpened why = new ShownWhenOpened(hostile, () -> new Span("table"));

        // The details element writes its summary property as the summary's textContent, never as markup.
        assertThat(why.getElement().getProperty("summary")).isEqualTo(hostile);
        assertThat(why.getElement().hasProperty("innerHTML")).isFalse();
        assertThat(why.getElement().getChildCount()).isZero();
    }
}
