package org.readiness.questionnaire;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Optional;

/**
 * A questionnaire as its file defines it. {@code contentHash} is the SHA-256 of the file's bytes, set by the
 * loader: an assessment stores it to know exactly which definition it was answered under.
 */
public record Questionnaire(
        String id,
        String version,
        List<String> languages,
        LocalizedText title,
        @Nullable LocalizedText description,
        @Nullable Integer estimatedMinutes,
        List<Area> areas,
        Bands bands,
        List<Step> steps,
        StructureRule structure,
        List<Owner> owners,
        List<Action> actions,
        List<Role> roles,
        TeamRules team,
        @Nullable String contentHash) {

    public Questionnaire {
        languages = List.copyOf(languages);
        areas = List.copyOf(areas);
        steps = List.copyOf(steps);
        owners = List.copyOf(owners);
        actions = actions == null ? List.of() : List.copyOf(actions);
        roles = roles == null ? List.of() : List.copyOf(roles);
        team = team == null ? TeamRules.DEFAULT : team;
    }

    public Questionnaire withContentHash(String hash) {
        return new Questionnaire(id, version, languages, title, description, estimatedMinutes, areas, bands, steps,
                structure, owners, actions, roles, team, hash);
    }

    /** Every question, in the order the wizard asks them. */
    public List<Question> questions() {
        return steps.stream().flatMap(step -> step.questions().stream()).toList();
    }

    /** Looked up by every condition test: walks the steps without building the list of all questions first. */
    public Optional<Question> question(String questionId) {
        for (Step step : steps) {
            for (Question question : step.questions()) {
                if (question.id().equals(questionId)) {
                    return Optional.of(question);
                }
            }
        }
        return Optional.empty();
    }

    public Optional<Role> role(String roleId) {
        return roles.stream().filter(role -> role.id().equals(roleId)).findFirst();
    }

    /** The step a question of this questionnaire is on. */
    public Step stepOf(Question question) {
        for (Step step : steps) {
            for (Question each : step.questions()) {
                if (each == question || each.id().equals(question.id())) {
                    return step;
                }
            }
        }
        throw new IllegalArgumentException("question " + question.id() + " is not in questionnaire " + id);
    }

    public Optional<Area> area(String areaId) {
        return areas.stream().filter(area -> area.id().equals(areaId)).findFirst();
    }

    public boolean speaks(String language) {
        return languages.contains(language);
    }

    /** The language to show: the one asked for when the file carries it, else the file's first. */
    public String languageFor(@Nullable String requested) {
        return requested != null && speaks(requested) ? requested : languages.get(0);
    }
}
