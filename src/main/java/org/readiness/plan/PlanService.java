package org.readiness.plan;

import org.jspecify.annotations.Nullable;
import org.readiness.assessment.AssessmentResult;
import org.readiness.assessment.AssessmentService;
import org.readiness.assessment.OpenAssessment;
import org.readiness.questionnaire.Action;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.answer.FreeText;
import org.readiness.recommendation.Evaluation;
import org.readiness.recommendation.RecommendedAction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Plans as stored: made once per result, then changed one action, person, cell or text at a time. Who may reach a
 * plan is the caller's to check (the merchant's resume link, or a consultant's client), as for assessments.
 */
@Service
public class PlanService {

    /** The longest name of a person or owner, and the longest notes, in characters. */
    public static final int NAME_LIMIT = 200;
    public static final int TEXT_LIMIT = 10_000;

    private final PlanRepository plans;
    private final PlanMaking making;
    private final AssessmentService assessments;
    private final Clock clock;

    PlanService(PlanRepository plans, PlanMaking making, AssessmentService assessments, Clock clock) {
        this.plans = plans;
        this.making = making;
        this.assessments = assessments;
        this.clock = clock;
    }

    public Optional<StoredPlan> find(long planId) {
        return plans.find(planId);
    }

    public Optional<StoredPlan> ofAssessment(long assessmentId) {
        return plans.byAssessment(assessmentId).flatMap(plans::find);
    }

    /** A client's plans, oldest first. */
    public List<StoredPlan> ofClient(long clientId) {
        return plans.byClient(clientId).stream().flatMap(id -> plans.find(id).stream()).toList();
    }

    public Optional<StoredPlan> ofTeam(long teamId) {
        return plans.byTeam(teamId).flatMap(plans::find);
    }

    /**
     * The result's plan, made now if it has none: the cheapest way to the next band suggested, and for a client's
     * new assessment (or a merchant's taken again from their plan) the open actions of the plan before carried on.
     */
    @Transactional
    public StoredPlan planFor(AssessmentResult result, String language) {
        long assessmentId = result.assessment().id();
        return ofAssessment(assessmentId).orElseGet(() -> {
            Long clientId = result.assessment().clientId();
            Optional<StoredPlan> previous = clientId != null ? latestOfClient(clientId)
                    : plans.followedPlan(assessmentId).flatMap(plans::find);
            return plans.find(making.make(source(result), previous, language)).orElseThrow();
        });
    }

    /**
     * The merchant's assessment taken again from its plan: a new draft answered as the last one ended, whose plan
     * will carry on this one's open actions and say whether the done ones moved their answers.
     */
    @Transactional
    public AssessmentService.Started assessAgain(StoredPlan plan, String language) {
        OpenAssessment earlier = assessments.open(Objects.requireNonNull(plan.assessmentId(),
                "a plan made from one assessment")).orElseThrow();
        AssessmentService.Started started = assessments.startFrom(earlier, language, earlier.scope());
        plans.followUp(started.assessment().id(), plan.id());
        return started;
    }

    /**
     * A team's plan, made now if it has none: the open actions carried on from the client's latest plan, or from the
     * plan of the team it re-assesses.
     */
    @Transactional
    public StoredPlan planForTeam(PlanSource team, @Nullable Long previousTeamId, String language) {
        long teamId = team.teamId();
        return ofTeam(teamId).orElseGet(() -> {
            Optional<StoredPlan> previous = team.clientId() != null ? latestOfClient(team.clientId())
                    : previousTeamId == null ? Optional.empty() : ofTeam(previousTeamId);
            return plans.find(making.make(team, previous, language)).orElseThrow();
        });
    }

    private Optional<StoredPlan> latestOfClient(long clientId) {
        List<Long> ofClient = plans.byClient(clientId);
        return ofClient.isEmpty() ? Optional.empty() : plans.find(ofClient.get(ofClient.size() - 1));
    }

    /** One finished assessment as a plan's source. */
    public static PlanSource source(AssessmentResult result) {
        OpenAssessment assessment = result.assessment();
        return new PlanSource(result.evaluation(), new SingleAnswers(result.evaluation().questionnaire(),
                assessment.answers(), assessment.scope()), assessment.finishedAt() == null ? assessment.updatedAt()
                : assessment.finishedAt(), assessment.organisation(), assessment.id(), null, assessment.clientId());
    }

    /** The actions a result's answers trigger, most valuable first: the ones a plan chooses from. */
    public static List<Action> triggered(Evaluation evaluation) {
        return evaluation.recommendation().actions().stream().map(RecommendedAction::action).toList();
    }

    @Transactional
    public void choose(StoredPlan plan, Questionnaire questionnaire, Action action, boolean chosen) {
        if (chosen && plan.action(action.id()).isEmpty()) {
            int position = plan.actions().stream().mapToInt(PlannedAction::position).max().orElse(-1) + 1;
            plans.insertAction(plan.id(), new PlannedAction(action.id(), position, null, action.ownerRole(), null,
                    Status.PLANNED, "", null), clock.instant());
            making.copyAreaRow(plan, questionnaire, action);
        } else if (!chosen && plan.action(action.id()).isPresent()) {
            plans.deleteAction(plan.id(), action.id());
        }
        plans.touch(plan.id(), clock.instant());
    }

    /** Stores an action's owner, date, status and notes; marking it done notes when. */
    @Transactional
    public void update(StoredPlan plan, PlannedAction changed) {
        PlannedAction before = plan.action(changed.actionId()).orElseThrow();
        PlannedAction cleaned = new PlannedAction(changed.actionId(), before.position(),
                name(changed.ownerName()), changed.ownerRole(), changed.due(), changed.status(),
                text(changed.notes()), changed.status() == Status.DONE
                ? (before.doneAt() == null ? clock.instant() : before.doneAt()) : null);
        plans.updateAction(plan.id(), cleaned, clock.instant());
        plans.touch(plan.id(), clock.instant());
    }

    @Transactional
    public long addPerson(StoredPlan plan, String name, @Nullable String roleId) {
        long id = plans.insertPerson(plan.id(), plan.people().size(), requireName(name), roleId);
        plans.touch(plan.id(), clock.instant());
        return id;
    }

    @Transactional
    public void renamePerson(StoredPlan plan, long personId, String name) {
        plans.renamePerson(plan.id(), personId, requireName(name));
        plans.touch(plan.id(), clock.instant());
    }

    @Transactional
    public void removePerson(StoredPlan plan, long personId) {
        plans.deletePerson(plan.id(), personId);
        plans.touch(plan.id(), clock.instant());
    }

    /** Sets one RACI cell; null empties it. */
    @Transactional
    public void setCell(StoredPlan plan, String rowKey, long personId, @Nullable Raci letter) {
        plans.setCell(plan.id(), rowKey, personId, letter);
        plans.touch(plan.id(), clock.instant());
    }

    public void setRhythm(StoredPlan plan, @Nullable Rhythm rhythm) {
        plans.setRhythm(plan.id(), rhythm, clock.instant());
    }

    public List<Checkpoint> checkpoints(long planId) {
        return plans.checkpoints(planId);
    }

    /** Stores a checkpoint's notes or decisions as typed; false when the text is over {@link #TEXT_LIMIT}. */
    public boolean saveCheckpointText(long planId, LocalDate heldOn, boolean decisions, String text) {
        String cleaned = FreeText.clean(text == null ? "" : text);
        if (cleaned.codePointCount(0, cleaned.length()) > TEXT_LIMIT) {
            return false;
        }
        plans.saveCheckpointText(planId, heldOn, decisions, cleaned, clock.instant());
        return true;
    }

    /** A name as stored: cleaned and stripped; null when empty. */
    static @Nullable String name(@Nullable String name) {
        String cleaned = name == null ? "" : FreeText.clean(name).strip();
        if (cleaned.codePointCount(0, cleaned.length()) > NAME_LIMIT) {
            throw new IllegalArgumentException("a name over " + NAME_LIMIT + " characters");
        }
        return cleaned.isEmpty() ? null : cleaned;
    }

    private static String requireName(String name) {
        String cleaned = name(name);
        if (cleaned == null) {
            throw new IllegalArgumentException("a person needs a name");
        }
        return cleaned;
    }

    private static String text(String text) {
        String cleaned = FreeText.clean(text == null ? "" : text);
        if (cleaned.codePointCount(0, cleaned.length()) > TEXT_LIMIT) {
            throw new IllegalArgumentException("notes over " + TEXT_LIMIT + " characters");
        }
        return cleaned;
    }
}
