package org.readiness.scorecard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.readiness.questionnaire.Band;
import org.readiness.questionnaire.answer.Answer;
import org.readiness.questionnaire.answer.AnswerJson;
import org.readiness.result.Figure;
import org.readiness.result.Heading;
import org.readiness.result.Recommended;
import org.readiness.result.Result;
import org.readiness.result.Shown;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole result as JSON for systems, described by {@code schemas/scorecard.schema.json}: {@code formatVersion} 1
 * for one respondent, 2 (with {@link JsonTeamPart}) for a team. The field names are a contract: add fields freely,
 * but change or remove one only with a new format version.
 */
final class JsonScoreCard {

    static final int SINGLE_VERSION = 1;
    static final int TEAM_VERSION = 2;
    static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private JsonScoreCard() {
    }

    static void write(Result result, OutputStream out) throws IOException {
        JSON.writeValue(out, document(result));
    }

    static Map<String, Object> document(Result result) {
        Heading heading = result.heading();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("formatVersion", result.isTeam() ? TEAM_VERSION : SINGLE_VERSION);
        if (result.isTeam()) {
            document.put("kind", "team");
        }
        document.put("generatedAt", heading.generatedAt());
        if (!result.isTeam()) {
            document.put("createdAt", heading.createdAt());
            document.put("updatedAt", heading.updatedAt());
        }
        document.put("language", result.language());
        document.put("organisation", heading.organisation());
        document.put("questionnaire", map("id", heading.questionnaireId(), "version", heading.version(),
                "contentHash", heading.contentHash(), "title", heading.title()));
        document.put("complete", result.isComplete());
        document.put("openQuestions", result.open().stream()
                .map(open -> map("question", open.id(), "text", open.text(), "step", open.stepId())).toList());
        document.put("overall", map("score", result.overall().score(), "state", state(result.overall().shown()),
                "band", band(result.overall().band(), result.language())));
        result.team().ifPresent(team -> JsonTeamPart.putRespondents(document, team));
        document.put("areas", result.areas().stream().map(area -> area(result, area)).toList());
        result.team().ifPresent(team -> JsonTeamPart.putDisagreements(document, team));
        putRecommendation(document, result.recommended());
        document.put("answers", result.team().map(team -> JsonTeamPart.answers(result, team))
                .orElseGet(() -> answers(result)));
        return document;
    }

    private static Map<String, Object> area(Result result, Figure area) {
        Map<String, Object> node = map("id", area.id(), "title", area.title(), "weight", area.weight(),
                "score", area.score(), "state", state(area.shown()), "band", band(area.band(), result.language()),
                "earned", area.earned(), "reachable", area.reachable());
        result.team().ifPresent(team -> JsonTeamPart.putSpread(node, team, area.id()));
        return node;
    }

    private static void putRecommendation(Map<String, Object> document, Recommended recommended) {
        document.put("structure", map("id", recommended.structureId(), "name", recommended.structureName(),
                "reason", recommended.structureReason()));
        document.put("owners", owners(recommended));
        document.put("actions", actions(recommended));
    }

    static List<Object> owners(Recommended recommended) {
        return recommended.owners().stream().map(owners -> (Object) map("area", owners.areaId(), "owners",
                owners.owners().stream().map(owner -> map("id", owner.id(), "title", owner.title(), "why", owner.why()))
                        .toList())).toList();
    }

    static List<Object> actions(Recommended recommended) {
        return recommended.actions().stream().map(action -> (Object) map("id", action.id(), "area", action.areaId(),
                "title", action.title(), "reason", action.reason(), "pointsWonBack", action.pointsWonBack(),
                "triggeredBy", action.because().stream()
                        .map(because -> map("question", because.questionId(), "answer", answer(because.answer())))
                        .toList())).toList();
    }

    private static List<Object> answers(Result result) {
        return result.answers().stream().map(row -> (Object) map("step", row.stepId(), "question", row.questionId(),
                "text", row.questionText(), "type", row.type(), "area", row.areaId(), "status", row.statusId(),
                "answer", answer(row.answer()), "answerText", row.answerText(), "earned", row.earned(),
                "reachable", row.reachable(), "missed", row.missed(),
                "note", row.note().isEmpty() ? null : row.note())).toList();
    }

    static Object answer(Answer answer) {
        return answer == null ? null : AnswerJson.write(answer);
    }

    static String state(Shown shown) {
        return shown.stateId();
    }

    static Map<String, Object> band(Band band, String language) {
        return band == null ? null : map("id", band.id(), "label", band.label().in(language),
                "summary", band.summary() == null ? null : band.summary().in(language));
    }

    static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
