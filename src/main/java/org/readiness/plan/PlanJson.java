package org.readiness.plan;

import org.readiness.result.Shown;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The plan as JSON for systems, {@code formatVersion} 1, described by {@code /schemas/plan.schema.json}. */
public final class PlanJson {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private PlanJson() {
    }

    public static void write(PlanReport report, OutputStream out) throws IOException {
        JSON.writerWithDefaultPrettyPrinter().writeValue(out, document(report));
    }

    public static Map<String, Object> document(PlanReport report) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("formatVersion", 1);
        document.put("questionnaire", Map.of("id", report.questionnaire().id(),
                "version", report.questionnaire().version()));
        document.put("language", report.language());
        document.put("organisation", report.organisation());
        document.put("assessedAt", report.assessedAt());
        document.put("generatedAt", report.generatedAt());
        document.put("now", score(report, false));
        document.put("projected", score(report, true));
        document.put("actions", report.plan().actions().stream().map(action -> action(action, report)).toList());
        document.put("people", report.plan().people().stream().map(person -> map("id", person.id(),
                "name", person.name(), "role", person.roleId())).toList());
        document.put("raci", report.raciRows().stream().map(row -> map("row", row, "title", report.rowName(row),
                "cells", report.plan().raci().stream().filter(cell -> cell.rowKey().equals(row))
                        .map(cell -> map("person", cell.personId(), "letter", cell.letter().name())).toList(),
                "oneAccountable", report.raciProblems().stream().noneMatch(problem -> problem.rowKey().equals(row))))
                .toList());
        Rhythm rhythm = report.plan().rhythm();
        document.put("rhythm", rhythm == null ? null : map("everyWeeks", rhythm.weeks(), "firstMeeting",
                rhythm.firstMeeting().toOffsetDateTime().toString(), "timeZone", rhythm.zone().getId(),
                "minutes", rhythm.minutes(), "meetings", Rhythm.MEETINGS));
        return document;
    }

    private static Map<String, Object> action(PlannedAction action, PlanReport report) {
        return map("id", action.actionId(), "title", report.title(action.actionId()),
                "effort", PlanReport.find(report.questionnaire(), action.actionId())
                        .map(each -> each.effortOrDefault().id()).orElse(null),
                "owner", map("name", action.ownerName(), "role", action.ownerRole()),
                "due", action.due() == null ? null : action.due().toString(),
                "status", action.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                "notes", action.notes(), "doneAt", action.doneAt());
    }

    private static Map<String, Object> score(PlanReport report, boolean projected) {
        Projection projection = report.projection();
        List<Map<String, Object>> areas = new ArrayList<>();
        projection.now().areas().forEach(area -> areas.add(shown(map("id", area.areaId()),
                projected ? projection.areaProjected(area.areaId()) : projection.areaNow(area.areaId()))));
        return map("overall", shown(new LinkedHashMap<>(),
                projected ? projection.overallProjected() : projection.overallNow()), "areas", areas);
    }

    private static Map<String, Object> shown(Map<String, Object> into, Shown shown) {
        into.put("score", shown.score());
        into.put("state", shown.stateId());
        into.put("band", shown.band() == null ? null : shown.band().id());
        return into;
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
