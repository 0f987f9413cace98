package org.readiness.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.readiness.questionnaire.Band;
import org.readiness.questionnaire.Condition;
import org.readiness.questionnaire.LocalizedText;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.QuestionType;
import org.readiness.questionnaire.Questionnaire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A questionnaire's definition with every text in one language: {@code GET /api/questionnaires/{id}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record QuestionnaireDocument(String id, String version, String contentHash, String language, String title,
                             String description, Integer estimatedMinutes, List<AreaDocument> areas,
                             Map<String, List<BandDocument>> bands, List<RoleDocument> roles,
                             List<StepDocument> steps) {

    static QuestionnaireDocument of(Questionnaire questionnaire, String language) {
        Map<String, List<BandDocument>> bands = new LinkedHashMap<>();
        bands.put("overall", BandDocument.of(questionnaire.bands().overall(), language));
        questionnaire.areas().forEach(area ->
                bands.put(area.id(), BandDocument.of(questionnaire.bands().forArea(area.id()), language)));
        return new QuestionnaireDocument(questionnaire.id(), questionnaire.version(), questionnaire.contentHash(),
                language, questionnaire.title().in(language), text(questionnaire.description(), language),
                questionnaire.estimatedMinutes(),
                questionnaire.areas().stream()
                        .map(area -> new AreaDocument(area.id(), area.title().in(language),
                                text(area.description(), language), area.weight()))
                        .toList(),
                bands,
                questionnaire.roles().isEmpty() ? null : questionnaire.roles().stream()
                        .map(role -> new RoleDocument(role.id(), role.label().in(language),
                                text(role.description(), language)))
                        .toList(),
                questionnaire.steps().stream()
                        .map(step -> new StepDocument(step.id(), step.title().in(language),
                                text(step.description(), language), step.profile() ? Boolean.TRUE : null,
                                orNull(step.askedOf()),
                                step.questions().stream().map(question -> QuestionDocument.of(question, language)).toList()))
                        .toList());
    }

    private static List<String> orNull(List<String> roles) {
        return roles.isEmpty() ? null : roles;
    }

    static String text(LocalizedText text, String language) {
        return text == null ? null : text.in(language);
    }

    private static String localized(LocalizedText text, String language) {
        return text(text, language);
    }

    record AreaDocument(String id, String title, String description, double weight) {
    }

    /** A role of a team assessment: the id that {@code evaluate-team} takes, and its label. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RoleDocument(String id, String label, String description) {
    }

    record BandDocument(String id, int min, int max, String label, String summary) {

        static List<BandDocument> of(List<Band> bands, String language) {
            return bands.stream()
                    .map(band -> new BandDocument(band.id(), band.min(), band.max(), band.label().in(language),
                            text(band.summary(), language)))
                    .toList();
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StepDocument(String id, String title, String description, Boolean profile, List<String> askedOf,
                        List<QuestionDocument> questions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record QuestionDocument(String id, String type, String text, String help, String talkingPoint, boolean required,
                            String area, boolean allowDontKnow, boolean allowNotApplicable, Condition visibleIf,
                            List<OptionDocument> options, Double min, Double max, String unit, String minLabel,
                            String maxLabel, Integer maxLength, List<String> askedOf) {

        static QuestionDocument of(Question question, String language) {
            return new QuestionDocument(question.id(), question.type().id(), question.text().in(language),
                    localized(question.help(), language), localized(question.talkingPoint(), language), question.required(),
                    question.area(), question.offersDontKnow(), question.allowNotApplicable(), question.visibleIf(),
                    question.options().isEmpty() ? null : question.options().stream()
                            .map(option -> new OptionDocument(option.value(), option.label().in(language),
                                    option.points(), option.exclusive() ? Boolean.TRUE : null))
                            .toList(),
                    question.min(), question.max(), localized(question.unit(), language),
                    localized(question.minLabel(), language), localized(question.maxLabel(), language),
                    question.type() == QuestionType.TEXT ? question.textLimit() : null, orNull(question.askedOf()));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OptionDocument(String value, String label, double points, Boolean exclusive) {
    }
}
