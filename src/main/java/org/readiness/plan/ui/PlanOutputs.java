package org.readiness.plan.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import org.readiness.base.ReadinessProperties;
import org.readiness.plan.CheckpointCalendar;
import org.readiness.plan.PlanCsv;
import org.readiness.plan.PlanJson;
import org.readiness.plan.PlanPdf;
import org.readiness.plan.PlanReport;
import org.readiness.plan.PlanService;
import org.readiness.plan.Rhythm;
import org.readiness.plan.StoredPlan;
import org.readiness.scorecard.FileNames;
import org.readiness.scorecard.Format;
import org.readiness.words.Words;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The plan's files, made from the plan as stored at the moment of the download: PDF, JSON, CSV and the meetings' .ics. */
@Component
class PlanOutputs {

    private final PlanService plans;
    private final Clock clock;
    private final ZoneId defaultZone;

    PlanOutputs(PlanService plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
        this.defaultZone = clock.getZone();
    }

    ZoneId defaultZone() {
        return defaultZone;
    }

    PlanReport report(PlanSubject subject, String language) {
        StoredPlan plan = plans.find(subject.plan().id()).orElseThrow();
        ZoneId zone = plan.rhythm() == null ? defaultZone : plan.rhythm().zone();
        return PlanReport.of(subject.base(), language, subject.clientName() == null
                ? subject.source().organisation() : subject.clientName(), subject.source().assessedAt(), plan,
                clock.instant(), zone);
    }

    DownloadHandler download(PlanSubject subject, Format format, String language) {
        return event -> {
            PlanReport report = report(subject, language);
            event.setFileName(fileName(report, format.extension()));
            event.setContentType(format.contentType());
            write(report, format, event.getOutputStream());
        };
    }

    static void write(PlanReport report, Format format, OutputStream out) throws IOException {
        switch (format) {
            case PDF -> PlanPdf.write(report, out);
            case JSON -> PlanJson.write(report, out);
            case CSV -> PlanCsv.write(report, out);
        }
    }

    /** The checkpoint meetings as an iCalendar file, in the plan's language. */
    DownloadHandler calendar(PlanSubject subject) {
        String language = org.readiness.base.ui.Languages.current();
        return event -> {
            StoredPlan plan = plans.find(subject.plan().id()).orElseThrow();
            Rhythm rhythm = plan.rhythm();
            Words words = Words.in(language);
            String who = subject.clientName() == null ? subject.source().organisation()
                    : subject.clientName();
            event.setFileName("checkpoints-" + LocalDate.now(clock) + ".ics");
            event.setContentType("text/calendar; charset=UTF-8");
            CheckpointCalendar.write(plan.id(), rhythm, words.get("plan.ics.summary", who == null ? "" : who).strip(),
                    words.get("plan.ics.description"), clock.instant(), event.getOutputStream());
        };
    }

    private String fileName(PlanReport report, String extension) {
        return FileNames.of(Format.CSV, report.organisation(), LocalDate.now(clock)).replace("readiness-", "plan-")
                .replaceAll("\\.csv$", "." + extension);
    }
}
