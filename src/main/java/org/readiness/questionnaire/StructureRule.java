package org.readiness.questionnaire;

/** When the whole team takes the task, and why each structure is recommended. */
public record StructureRule(Condition smallTeamWhen, LocalizedText smallTeamReason, LocalizedText threeAreaReason) {

    public LocalizedText reason(Structure structure) {
        return structure == Structure.SMALL_TEAM ? smallTeamReason : threeAreaReason;
    }
}
