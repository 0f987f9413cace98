package org.readiness.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.jspecify.annotations.Nullable;
import org.readiness.plan.PlanService;
import org.readiness.team.Team;
import org.readiness.team.ui.TeamPageAddition;

import java.util.Optional;

/** On a team's page, once someone has sent their answers: the plan made from the team's result. */
@org.springframework.stereotype.Component
class PlanTeamAddition implements TeamPageAddition {

    private final PlanService plans;

    PlanTeamAddition(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public Optional<Component> create(Team team, @Nullable String coordinatorToken) {
        if (coordinatorToken == null && team.clientId() == null) {
            return Optional.empty();
        }
        PlanPlace place = coordinatorToken != null ? PlanPlace.coordinator(coordinatorToken)
                : PlanPlace.consultantTeam(team.id(), team.clientId());
        Section section = new Section();
        section.addClassName("team-plan");
        Anchor open = new Anchor(place.planLocation(), section.getTranslation(plans.ofTeam(team.id()).isPresent()
                ? "plan.result.open" : "plan.result.make"));
        open.addClassName("open-plan");
        section.add(new H2(section.getTranslation("plan.result.heading")),
                new Paragraph(section.getTranslation("plan.team.text")), open);
        return Optional.of(section);
    }
}
