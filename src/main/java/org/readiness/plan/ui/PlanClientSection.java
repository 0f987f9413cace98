package org.readiness.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import org.readiness.assessment.AssessmentResult;
import org.readiness.consultant.Client;
import org.readiness.consultant.ui.ClientPageAddition;
import org.readiness.plan.PlanService;
import org.readiness.plan.Status;
import org.readiness.plan.StoredPlan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/** On a client's page: the client's plans, how far each is, its next checkpoint, and a plan from the latest result. */
@org.springframework.stereotype.Component
class PlanClientSection implements ClientPageAddition {

    private final PlanService plans;
    private final Clock clock;

    PlanClientSection(PlanService plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public Optional<Component> create(Client client, List<AssessmentResult> assessments) {
        Section section = new Section();
        section.addClassName("client-plans");
        section.add(new H2(section.getTranslation("plan.client.heading")));
        List<StoredPlan> all = plans.ofClient(client.id());
        UnorderedList list = new UnorderedList();
        for (StoredPlan plan : all) {
            list.add(item(section, plan));
        }
        if (all.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("plan.client.none")));
        } else {
            section.add(list);
        }
        assessments.stream().filter(result -> result.assessment().isFinished()).findFirst()
                .filter(latest -> plans.ofAssessment(latest.assessment().id()).isEmpty())
                .ifPresent(latest -> {
                    Anchor make = new Anchor(PlanPlace.consultant(latest.assessment().id(), client.id())
                            .planLocation(), section.getTranslation("plan.client.make"));
                    make.addClassName("make-plan");
                    section.add(make);
                });
        return Optional.of(section);
    }

    private ListItem item(Section section, StoredPlan plan) {
        PlanPlace place = plan.teamId() != null ? PlanPlace.consultantTeam(plan.teamId(), plan.clientId())
                : PlanPlace.consultant(plan.assessmentId(), plan.clientId());
        String made = LocalDate.ofInstant(plan.createdAt(), clock.getZone()).toString();
        long done = plan.actions().stream().filter(action -> action.status() == Status.DONE).count();
        ListItem item = new ListItem(new Anchor(place.planLocation(), section.getTranslation(plan.teamId() != null
                ? "plan.client.team-plan" : "plan.client.plan", made, plan.actions().size(), done)));
        if (plan.rhythm() != null) {
            ZonedDateTime now = ZonedDateTime.now(clock);
            plan.rhythm().meetings().stream().filter(meeting -> !meeting.toLocalDate().isBefore(now.toLocalDate()))
                    .findFirst().ifPresent(next -> item.add(new Paragraph(new Anchor(place.checkpointLocation(
                            next.toLocalDate()), section.getTranslation("plan.client.next", next.toLocalDate())))));
        }
        return item;
    }
}
