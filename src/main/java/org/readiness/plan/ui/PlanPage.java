package org.readiness.plan.ui;

import com.vaadin.flow.component.html.Div;
import org.readiness.plan.PlanService;
import org.readiness.plan.PlannedAction;
import org.readiness.plan.Status;
import org.readiness.questionnaire.Action;

import java.util.List;

/**
 * The plan, laid out: did the actions done before work, today against the projection of the plan, the cheapest way
 * to the next band, the actions (ticked in or out, each with owner, date, status and notes), the people and who owns
 * what, the checkpoint meetings, and the plan as PDF, JSON and CSV. Every change is stored at once; the projection,
 * the next band and the matrix follow it.
 */
class PlanPage extends Div {

    private final PlanService plans;
    private final PlanAccess access;
    private final PlanOutputs outputs;
    private final Div summary = new Div();
    private final Div matrix = new Div();
    private PlanSubject subject;

    PlanPage(PlanSubject subject, PlanService plans, PlanAccess access, PlanOutputs outputs) {
        this.subject = subject;
        this.plans = plans;
        this.access = access;
        this.outputs = outputs;
        addClassName("plan-page");
        summary.addClassName("plan-summary");
        matrix.addClassName("plan-matrix");
        build();
    }

    private void build() {
        removeAll();
        if (subject.previous() != null) {
            add(new DidItWorkPanel(subject.previous(), subject.source()));
        }
        renderSummary();
        add(summary, new ActionList(this));
        renderMatrix();
        add(matrix, new RhythmPanel(this), new PlanDownloads(this));
        if (subject.place().merchant()) {
            add(new AssessAgainPanel(this));
        }
    }

    /** Several actions were put in at once: the whole plan is laid out again. */
    void rebuild() {
        subject = subject.with(access.reload(subject));
        build();
    }

    PlanSubject subject() {
        return subject;
    }

    PlanService plans() {
        return plans;
    }

    PlanOutputs outputs() {
        return outputs;
    }

    /** The plan was changed: read it again; {@code structure}: its actions or people changed, so the matrix too. */
    void changed(boolean structure) {
        subject = subject.with(access.reload(subject));
        renderSummary();
        if (structure) {
            renderMatrix();
        }
    }

    /** The actions the projection counts: those chosen and not dropped. */
    List<Action> projected() {
        return subject.plan().actions().stream().filter(action -> action.status() != Status.DROPPED)
                .map(PlannedAction::actionId)
                .flatMap(id -> subject.questionnaire().actions().stream().filter(each -> each.id().equals(id)))
                .toList();
    }

    private void renderSummary() {
        summary.removeAll();
        summary.add(new ProjectionPanel(subject, projected()), new NextBandPanel(this));
    }

    private void renderMatrix() {
        matrix.removeAll();
        matrix.add(new PeoplePanel(this), new RaciMatrix(this));
    }
}
