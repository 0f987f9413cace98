package org.readiness.questionnaire;

import org.jspecify.annotations.Nullable;

import java.util.function.Function;

/**
 * When the whole team takes the task, why each structure is recommended, and, where the file words them, the
 * structures' names (a questionnaire with four areas does not recommend "three areas").
 */
public record StructureRule(Condition smallTeamWhen, LocalizedText smallTeamReason, LocalizedText threeAreaReason,
                            @Nullable LocalizedText smallTeamName, @Nullable LocalizedText threeAreaName) {

    public StructureRule(Condition smallTeamWhen, LocalizedText smallTeamReason, LocalizedText threeAreaReason) {
        this(smallTeamWhen, smallTeamReason, threeAreaReason, null, null);
    }

    public LocalizedText reason(Structure structure) {
        return structure == Structure.SMALL_TEAM ? smallTeamReason : threeAreaReason;
    }

    /**
     * The structure's name in a language: the file's own words, or else the app's (looked up by the key
     * {@code result.structure.<id>}).
     */
    public String name(Structure structure, String language, Function<String, String> appWords) {
        LocalizedText own = structure == Structure.SMALL_TEAM ? smallTeamName : threeAreaName;
        return own != null ? own.in(language) : appWords.apply("result.structure." + structure.id());
    }
}
