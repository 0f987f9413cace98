package org.readiness.base.ui.options;

import com.vaadin.flow.component.HasValue;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OptionGroupTest {

    private static final String HOSTILE = "<img src=x onerror=alert(1)> & \"quotes\" </label><script>alert(2)</script>";

    @Test
    void a_group_of_options_is_one_element_with_its_options_as_a_property_and_no_child_per_option() {
        SingleOptionGroup size = new SingleOptionGroup("How many people work in your company?");
        size.setOptions(List.of(Choice.of("1-10", "1–10"), Choice.of("11-50", "11–50"),
                new Choice("dont-know", "Don't know", null, true)));

        assertThat(size.getElement().getTag()).isEqualTo("readiness-choices");
        assertThat(size.getElement().getChildCount()).isZero();
        JsonArray options = (JsonArray) size.getElement().getPropertyRaw("options");
        assertThat(options.length()).isEqualTo(3);
        assertThat(options.getObject(2).getBoolean("apart")).isTrue();
        assertThat(size.getLabel()).isEqualTo("How many people work in your company?");
    }

    @Test
    void the_chosen_option_is_the_value_and_reaches_the_page_as_a_list_of_one() {
        SingleOptionGroup size = new SingleOptionGroup("Size?");
        List<String> reported = new ArrayList<>();
        size.addValueChangeListener(change -> reported.add(change.getValue()));

        size.setValue("11-50");
        assertThat(((JsonArray) size.getElement().getPropertyRaw("value")).getString(0)).isEqualTo("11-50");
        size.clear();

        assertThat(((JsonArray) size.getElement().getPropertyRaw("value")).length()).isZero();
        assertThat(reported).containsExactly("11-50", null);
    }

    @Test
    void checked_options_keep_the_order_the_page_lists_them_in() {
        MultiOptionGroup touchpoints = new MultiOptionGroup("Which touchpoints have an owner?");
        Set<String> order = new LinkedHashSet<>(List.of("complaints", "assortment"));
        touchpoints.setValue(order);

        assertThat(touchpoints.getValue()).containsExactly("complaints", "assortment");
        assertThat(touchpoints.getElement().getProperty("multiple", false)).isTrue();
        assertThat(touchpoints.isEmpty()).isFalse();
        touchpoints.clear();
        assertThat(touchpoints.getValue()).isEmpty();
    }

    @Test
    void the_error_the_required_mark_and_the_help_are_properties_the_page_draws() {
        SingleOptionGroup owner = new SingleOptionGroup("Owner?");
        owner.setRequiredIndicatorVisible(true);
        owner.setHelperText("The experience owner answers for the experience.");
        owner.setErrorMessage("Please answer this question.");
        owner.setInvalid(true);

        assertThat(owner.getElement().getProperty("required", false)).isTrue();
        assertThat(owner.getElement().getProperty("helperText")).startsWith("The experience owner");
        assertThat(owner.getErrorMessage()).isEqualTo("Please answer this question.");
        assertThat(owner.isInvalid()).isTrue();
        assertThat(owner).isInstanceOf(HasValue.class);
    }

    @Test
    void hostile_text_in_a_label_or_an_option_travels_as_data_and_the_page_sets_it_only_as_text() throws IOException {
        SingleOptionGroup hostile = new SingleOptionGroup(HOSTILE);
        hostile.setOptions(List.of(Choice.of(HOSTILE, HOSTILE), new Choice("1", "1", HOSTILE, false)));

        JsonObject option = ((JsonArray) hostile.getElement().getPropertyRaw("options")).getObject(1);
        assertThat(option.getString("end")).isEqualTo(HOSTILE);
        assertThat(hostile.getElement().getProperty("label")).isEqualTo(HOSTILE);
        String script = script();
        assertThat(script).contains("textContent").doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML",
                "document.write", "eval(", "new Function");
    }

    private static String script() throws IOException {
        try (InputStream in = OptionGroupTest.class.getResourceAsStream("/META-INF/resources" + OptionGroup.MODULE)) {
            assertThat(in).as("the element's script is packaged with the app").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
