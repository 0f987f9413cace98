package org.readiness.scorecard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.readiness.questionnaire.answer.AnswerJson;
import org.readiness.questionnaire.Band;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.recommendation.Evaluation;
import org.readiness.recommendation.RecommendedAction;
import org.readiness.scoring.AreaScore;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole result as JSON for systems, described by {@code schemas/scorecard.schema.json}. The field names are a
 * contract: add fields freely, but change or remove one only with a new {@link #FORMAT_VERSION}.
 */
final class JsonScoreCard {

    static final int FORMAT_VERSION = 1;
    static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private JsonScoreCard() {
    }

    static void write(ScoreCardInput input, OutputStream out) throws IOException {
        JSON.writeValue(out, document(input));
    }

    static Map<String, Object> document(ScoreCardInput input) {
        Evaluation evaluation = input.evaluation();
        Questionnaire questionnaire = evaluation.questionnaire();
        String language = input.language();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("formatVersion", FORMAT_VERSION);
        document.put("generatedAt", input.generatedAt());
        document.put("createdAt", input.createdAt());
        document.put("updatedAt", input.updatedAt());
        document.put("language", language);
        document.put("organisation", input.organisation());
        document.put("questionnaire", questionnaire(questionnaire, language));
        document.put("overall", map("score", evaluation.score().overall(),
                "band", band(evaluation.score().overallBand(), language)));
        List<Object> areas = new ArrayList<>();
        for (AreaScore area : evaluation.score().areas()) {
            areas.add(map("id", area.areaId(), "title", questionnaire.area(area.areaId()).orElseThrow().title().in(language),
                    "weight", area.weight(), "score", area.score(), "band", band(area.band(), language),
                    "earned", area.earned(), "reachable", area.reachable()));
        }
        document.put("areas", areas);
        putRecommendation(document, evaluation, language);
        document.put("answers", ScoreCardContent.rows(input).stream()
                .map(row -> map("step", row.step().id(), "question", row.question().id(),
                        "text", row.question().text().in(language), "type", row.question().type().id(),
                        "area", row.question().area(),
                        "status", row.score().status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                        "answer", row.score().answer() == null ? null : AnswerJson.write(row.score().answer()),
                        "answerText", row.answerText(), "earned", row.score().earned(),
                        "reachable", row.score().reachable(), "missed", row.score().missed(),
                        "note", row.note().isEmpty() ? null : row.note()))
                .toList());
        return document;
    }

    static Map<String, Object> questionnaire(Questionnaire questionnaire, String language) {
        return map("id", questionnaire.id(), "version", questionnaire.version(),
                "contentHash", questionnaire.contentHash(), "title", questionnaire.title().in(language));
    }

    /** The structure, owners and actions, as both the single and the team card give them. */
    static void putRecommendation(Map<String, Object> document, Evaluation evaluation, String language) {
        String structure = evaluation.recommendation().structure().id();
        document.put("structure", map("id", structure, "name", evaluation.questionnaire().structure()
                        .name(evaluation.recommendation().structure(), language, Labels.of(language)::get),
                "reason", evaluation.recommendation().reason().in(language)));
        document.put("owners", evaluation.recommendation().owners().stream()
                .map(owners -> map("area", owners.areaId(), "owners", owners.owners().stream()
                        .map(owner -> map("id", owner.id(), "title", owner.title().in(language),
                                "why", owner.why() == null ? null : owner.why().in(language)))
                        .toList()))
                .toList());
        document.put("actions", evaluation.recommendation().actions().stream()
                .map(action -> action(action, language)).toList());
    }

    static Map<String, Object> action(RecommendedAction action, String language) {
        return map("id", action.action().id(), "area", action.action().area(),
                "title", action.action().title().in(language), "reason", action.action().reason().in(language),
                "pointsWonBack", Math.round(action.pointsWonBack() * 100) / 100.0,
                "triggeredBy", action.triggers().stream()
                        .map(trigger -> map("question", trigger.questionId(),
                                "answer", trigger.answer() == null ? null : AnswerJson.write(trigger.answer())))
                        .toList());
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
