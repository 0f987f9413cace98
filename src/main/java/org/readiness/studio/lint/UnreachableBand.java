package org.readiness.studio.lint;

import org.readiness.questionnaire.Area;
import org.readiness.questionnaire.Band;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A band no answers reach: the scores an area (or the overall score) can get skip its whole range, leaving a gap in
 * what the bands can say. (Bands that leave a gap between them are a validity error; see BandCheck.)
 */
final class UnreachableBand implements LintRule {

    @Override
    public String name() {
        return "unreachable-band";
    }

    @Override
    public List<LintFinding> check(LintInput input, Reach reach) {
        var questionnaire = input.questionnaire();
        ScoreReach scores = new ScoreReach(questionnaire, reach);
        List<LintFinding> findings = new ArrayList<>();
        Set<Integer> overall = scores.overallScores();
        if (overall != null) {
            check(questionnaire.bands().overall(), "/bands/overall", overall, "overall", findings);
        }
        for (Area area : questionnaire.areas()) {
            List<Band> own = questionnaire.bands().areas().get(area.id());
            if (own != null) {
                check(own, "/bands/areas/" + area.id(), scores.areaScores(area.id()), area.id(), findings);
            }
        }
        return findings;
    }

    private void check(List<Band> bands, String pointer, Set<Integer> reachable, String where,
                       List<LintFinding> findings) {
        if (reachable.isEmpty()) {
            return; // an area that can never be scored is its own finding
        }
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            boolean reached = reachable.stream().anyMatch(score -> score >= band.min() && score <= band.max());
            if (!reached) {
                findings.add(new LintFinding(name(), pointer + "/" + i, List.of(band.id(), where,
                        String.valueOf(band.min()), String.valueOf(band.max()))));
            }
        }
    }
}
