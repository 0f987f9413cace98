package org.readiness.plan;

import org.readiness.questionnaire.Action;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.scoring.Score;

import java.util.Collection;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A projectable result that scores each set of done actions once: a plan's outlook asks for the same sets several
 * times (what one action alone wins, and the cheapest way's groups of one). For one request's life, not shared.
 */
final class RememberedScores implements Projectable {

    private final Projectable base;
    private final Map<Set<String>, Score> scores = new HashMap<>();

    RememberedScores(Projectable base) {
        this.base = base;
    }

    @Override
    public Questionnaire questionnaire() {
        return base.questionnaire();
    }

    @Override
    public Score score(Collection<Action> done) {
        Set<String> key = done.stream().map(Action::id).collect(Collectors.toSet());
        Score known = scores.get(key);
        if (known == null) {
            known = base.score(done);
            scores.put(key, known);
        }
        return known;
    }

    @Override
    public List<Question> openRequired() {
        return base.openRequired();
    }
}
