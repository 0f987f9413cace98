package org.readiness.team.ui;

import com.vaadin.flow.component.Component;
import org.readiness.merge.Disagreement;
import org.readiness.merge.TeamEvaluation;

import java.util.LinkedHashMap;
import java.util.Map;

/** A team's disagreements as talking points for an interview with its client, by question. */
public final class TeamTalkingPoints {

    private TeamTalkingPoints() {
    }

    /** Per question the team disagreed on, who answered what: "Technology owner: IT joins later · ...". */
    public static Map<String, String> of(Component ui, TeamEvaluation team, String language) {
        Map<String, String> points = new LinkedHashMap<>();
        for (Disagreement disagreement : team.disagreements()) {
            points.put(disagreement.question().question().id(), RespondentWords.whoAnsweredWhat(ui,
                    team.questionnaire(), disagreement.question().question(), disagreement.question().groups(),
                    language));
        }
        return points;
    }
}
