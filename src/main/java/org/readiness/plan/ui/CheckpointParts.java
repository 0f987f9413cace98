package org.readiness.plan.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import org.readiness.plan.Agenda;
import org.readiness.plan.Checkpoint;
import org.readiness.plan.CheckpointPdf;
import org.readiness.plan.DidItWork;
import org.readiness.plan.PlanReport;
import org.readiness.plan.PlanSource;
import org.readiness.plan.PlanService;
import org.readiness.plan.ScoreTrend;
import org.readiness.plan.StoredPlan;
import org.readiness.questionnaire.Area;
import org.readiness.scoring.AreaScore;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** What a checkpoint page shows and saves: its agenda, the checks of the done actions, the trend, notes and decisions. */
@Component
class CheckpointParts {

    private final PlanService plans;
    private final PlanOutputs outputs;
    private final Clock clock;

    CheckpointParts(PlanService plans, PlanOutputs outputs, Clock clock) {
        this.plans = plans;
        this.outputs = outputs;
        this.clock = clock;
    }

    PlanService plans() {
        return plans;
    }

    Agenda agenda(PlanSubject subject, LocalDate day) {
        StoredPlan plan = plans.find(subject.plan().id()).orElseThrow();
        return Agenda.of(plan, day, zone(plan));
    }

    List<DidItWork.Check> checks(PlanSubject subject) {
        PlanSubject.PreviousPlan previous = subject.previous();
        return previous == null ? List.of() : DidItWork.of(previous.plan(),
                previous.source().questionnaire(), previous.source().evaluation().answers(),
                subject.questionnaire(), subject.source().evaluation().answers());
    }

    /** Every finished assessment of the client (the merchant: theirs), a line per area of the plan's questionnaire. */
    ScoreTrend trend(PlanSubject subject, String language) {
        List<LocalDate> dates = new ArrayList<>();
        for (PlanSource source : subject.history()) {
            dates.add(LocalDate.ofInstant(source.assessedAt(), clock.getZone()));
        }
        List<ScoreTrend.Series> series = new ArrayList<>();
        for (Area area : subject.questionnaire().areas()) {
            List<Integer> scores = new ArrayList<>();
            subject.history().forEach(source -> scores.add(source.evaluation().score().area(area.id())
                    .map(AreaScore::score).orElse(null)));
            series.add(new ScoreTrend.Series(area.title().in(language), scores));
        }
        return new ScoreTrend(dates, series);
    }

    Checkpoint checkpoint(PlanSubject subject, LocalDate day) {
        return plans.checkpoints(subject.plan().id()).stream().filter(each -> each.heldOn().equals(day)).findFirst()
                .orElse(new Checkpoint(day, "", "", clock.instant()));
    }

    DownloadHandler minutes(PlanSubject subject, LocalDate day, String language) {
        return event -> {
            PlanReport report = outputs.report(subject, language);
            event.setFileName("checkpoint-" + day + ".pdf");
            event.setContentType("application/pdf");
            CheckpointPdf.write(new CheckpointPdf.Minutes(report, agenda(subject, day), checks(subject),
                    trend(subject, language), checkpoint(subject, day)), event.getOutputStream());
        };
    }

    private ZoneId zone(StoredPlan plan) {
        return plan.rhythm() == null ? outputs.defaultZone() : plan.rhythm().zone();
    }
}
