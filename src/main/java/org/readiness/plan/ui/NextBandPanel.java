package org.readiness.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import org.readiness.base.ui.Languages;
import org.readiness.plan.CheapestPath;
import org.readiness.plan.NextBand;
import org.readiness.plan.PlanService;
import org.readiness.questionnaire.Action;
import org.readiness.questionnaire.Area;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cheapest way to the next band, overall or for one area on request: the actions of least total effort whose
 * projection reaches it, to put in the plan at one click.
 */
class NextBandPanel extends Div {

    private static final String OVERALL = "";
    private final PlanPage page;
    private final Div answer = new Div();

    NextBandPanel(PlanPage page) {
        this.page = page;
        addClassName("plan-next-band");
        String language = Languages.current();
        Select<String> aim = new Select<>();
        aim.setLabel(getTranslation("plan.next.aim"));
        List<String> targets = new ArrayList<>(List.of(OVERALL));
        page.subject().questionnaire().areas().stream().map(Area::id).forEach(targets::add);
        aim.setItems(targets);
        aim.setItemLabelGenerator(id -> id.isEmpty() ? getTranslation("plan.projection.overall")
                : page.subject().questionnaire().area(id).orElseThrow().title().in(language));
        aim.setValue(OVERALL);
        aim.addValueChangeListener(change -> show(change.getValue()));
        answer.addClassName("next-band-answer");
        answer.getElement().setAttribute("aria-live", "polite");
        add(new H2(getTranslation("plan.next.heading")), aim, answer);
        show(OVERALL);
    }

    private void show(String target) {
        answer.removeAll();
        String language = Languages.current();
        List<Action> triggered = PlanService.triggered(page.subject().source().evaluation());
        Optional<NextBand> found = CheapestPath.find(page.subject().base(), triggered, target.isEmpty() ? null : target);
        if (found.isEmpty()) {
            answer.add(new Paragraph(getTranslation("plan.next.top")));
            return;
        }
        NextBand next = found.get();
        answer.add(new Paragraph(getTranslation("plan.next.band", next.band().label().in(language), next.band().min())));
        if (!next.reachable()) {
            answer.add(new Paragraph(getTranslation("plan.next.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        next.actions().forEach(action -> list.add(new ListItem(action.title().in(language) + " \u00b7 "
                + getTranslation("plan.effort." + action.effortOrDefault().id()))));
        Paragraph way = new Paragraph(getTranslation("plan.next.way", next.actions().size(), next.effort()));
        Button choose = new Button(getTranslation("plan.next.choose"), click -> choose(next));
        choose.addClassName("choose-cheapest");
        boolean allChosen = next.actions().stream().allMatch(action -> page.subject().plan().action(action.id())
                .isPresent());
        choose.setEnabled(!allChosen);
        answer.add(way, list, choose);
    }

    private void choose(NextBand next) {
        next.actions().forEach(action -> page.plans().choose(page.subject().plan(), page.subject().questionnaire(),
                action, true));
        page.rebuild();
    }
}
