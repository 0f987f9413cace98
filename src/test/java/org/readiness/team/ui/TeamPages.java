package org.readiness.team.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.readiness.questionnaire.Role;

import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import org.readiness.base.ui.options.SingleOptionGroup;
import org.readiness.base.ui.options.MultiOptionGroup;

/** A team on the scoring fixture, driven through its pages as a coordinator and its respondents do. */
final class TeamPages {

    private TeamPages() {
    }

    /** From the start page through the company profile to the team page; returns the team page's path. */
    static String startTeamWithProfile() {
        UI.getCurrent().navigate("");
        _click(_get(Button.class, spec -> spec.withText("Assess with your team")));
        assertThat(_find(com.vaadin.flow.component.html.H1.class)).extracting(H1::getText).containsExactly("Profile");
        choose("Size?", "medium");
        _click(_get(Button.class, spec -> spec.withText("Continue: invite your team")));
        assertThat(currentPath()).startsWith("team/");
        assertThat(_get(H1.class).getText()).isEqualTo("Your team's assessment");
        return currentPath();
    }

    /** Invites someone by role and returns their personal link. */
    static String invite(String role, String name) {
        @SuppressWarnings("unchecked")
        Select<Role> roles = _get(Select.class, spec -> spec.withLabel("Role"));
        _setValue(roles, role(role));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name (optional)")), name);
        _click(_get(Button.class, spec -> spec.withText("Create the invitation")));
        String who = name.isEmpty() ? role : role + " (" + name + ")";
        return _get(TextField.class, spec -> spec.withLabel("Personal link for " + who)).getValue();
    }

    static void answerAsOwner(String link) {
        UI.getCurrent().navigate(path(link));
        assertThat(_get(H1.class).getText()).isEqualTo("People");
        choose("Owner?", "yes");
        choose("Time?", "full");
        choose("Knowledge?", "5");
        _click(_get(Button.class, spec -> spec.withText("Next")));
        checks("Platforms?", "oms");
        _click(_get(Button.class, spec -> spec.withText("Send my answers")));
        assertThat(_get(H1.class).getText()).isEqualTo("Thank you: your answers are in");
    }

    static void answerAsIt(String link) {
        UI.getCurrent().navigate(path(link));
        choose("Owner?", "no");
        choose("Knowledge?", "1");
        _click(_get(Button.class, spec -> spec.withText("Next")));
        checks("Platforms?", "oms", "erp");
        _setValue(_get(com.vaadin.flow.component.textfield.NumberField.class, spec -> spec.withLabel("IT people?")),
                5.0);
        _click(_get(Button.class, spec -> spec.withText("Send my answers")));
    }

    @SuppressWarnings("unchecked")
    static void choose(String label, String value) {
        _setValue(_get(SingleOptionGroup.class, spec -> spec.withLabel(label)), value);
    }

    @SuppressWarnings("unchecked")
    static void checks(String label, String... values) {
        _setValue(_get(MultiOptionGroup.class, spec -> spec.withLabel(label)), Set.of(values));
    }

    @SuppressWarnings("unchecked")
    static RadioButtonGroup<Role> roles() {
        return _get(RadioButtonGroup.class, spec -> spec.withLabel("Your role"));
    }

    static Role role(String label) {
        return org.readiness.questionnaire.Fixtures.questionnaire("scoring-fixture").roles().stream()
                .filter(role -> role.label().in("en").equals(label)).findFirst().orElseThrow();
    }

    static List<String> states() {
        return _find(NativeTableRow.class).stream()
                .filter(row -> row.getElement().hasAttribute("data-state"))
                .map(row -> row.getElement().getChild(2).getTextRecursively()).toList();
    }

    static String path(String link) {
        return link.replaceFirst("^https?://[^/]+/", "");
    }

    static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
