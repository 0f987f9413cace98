package org.readiness.result;

import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.answer.Answer;
import org.readiness.questionnaire.answer.AnswerWords;
import org.readiness.questionnaire.answer.ShownQuestions;
import org.readiness.words.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Two results of one client (two assessments, or a team then and now) side by side, in the reader's words: each
 * area's and the overall score with the change (none where either is not shown), the structure then and now, the
 * answers that changed, the next steps done, new and still open, and for teams the disagreements settled, new and
 * still open.
 */
public record Comparison(Result before, Result after, List<ScoreLine> scores, String structureBefore,
                         String structureAfter, boolean structureChanged, List<AnswerChange> answers,
                         List<Recommended.ActionLine> actionsDone, List<Recommended.ActionLine> actionsNew,
                         List<Recommended.ActionLine> actionsStillOpen, Optional<Talks> talks) {

    /** One row of the score table: the scores then and now as shown, and the change ("+7", "–3", or a dash). */
    public record ScoreLine(String id, String title, Figure before, Figure after, @Nullable Integer change,
                            String changeText) {
    }

    public record AnswerChange(String questionId, String questionText, String before, String after) {
    }

    /** A team's disagreements: settled since, arisen since, and still open. */
    public record Talks(List<TeamPart.Talk> settled, List<TeamPart.Talk> arisen, List<TeamPart.Talk> stillOpen) {
    }

    public static Comparison of(Result before, Result after) {
        List<ScoreLine> scores = new ArrayList<>();
        for (Figure now : after.areas()) {
            before.area(now.id()).ifPresent(then -> scores.add(line(then, now)));
        }
        scores.add(line(before.overall(), after.overall()));
        Set<String> then = ids(before.recommended().actions(), Recommended.ActionLine::id);
        Set<String> now = ids(after.recommended().actions(), Recommended.ActionLine::id);
        return new Comparison(before, after, scores, before.recommended().structureName(),
                after.recommended().structureName(),
                !before.recommended().structureId().equals(after.recommended().structureId()),
                after.isTeam() ? List.of() : answerChanges(before, after),
                before.recommended().actions().stream().filter(action -> !now.contains(action.id())).toList(),
                after.recommended().actions().stream().filter(action -> !then.contains(action.id())).toList(),
                after.recommended().actions().stream().filter(action -> then.contains(action.id())).toList(),
                talks(before, after));
    }

    private static ScoreLine line(Figure before, Figure after) {
        Integer change = Shown.change(before.shown(), after.shown());
        String text = change == null ? "\u2013" : change > 0 ? "+" + change : change < 0 ? "\u2212" + -change : "0";
        return new ScoreLine(after.id(), after.title(), before, after, change, text);
    }

    private static List<AnswerChange> answerChanges(Result before, Result after) {
        Words words = after.words();
        var then = ShownQuestions.of(before.questionnaire(), before.evaluation().answers()).effectiveAnswers();
        var now = ShownQuestions.of(after.questionnaire(), after.evaluation().answers()).effectiveAnswers();
        List<AnswerChange> changes = new ArrayList<>();
        for (Question question : after.questionnaire().questions()) {
            Answer was = then.get(question.id()).orElse(null);
            Answer is = now.get(question.id()).orElse(null);
            if (!Objects.equals(was, is)) {
                changes.add(new AnswerChange(question.id(), question.text().in(words.language()),
                        words(question, was, words), words(question, is, words)));
            }
        }
        return changes;
    }

    private static String words(Question question, @Nullable Answer answer, Words words) {
        return answer == null ? words.get("review.not-answered") : AnswerWords.of(question, answer, words);
    }

    private static Optional<Talks> talks(Result before, Result after) {
        if (before.team().isEmpty() || after.team().isEmpty()) {
            return Optional.empty();
        }
        List<TeamPart.Talk> then = before.team().get().disagreements();
        List<TeamPart.Talk> now = after.team().get().disagreements();
        Set<String> thenIds = ids(then, TeamPart.Talk::questionId);
        Set<String> nowIds = ids(now, TeamPart.Talk::questionId);
        return Optional.of(new Talks(then.stream().filter(talk -> !nowIds.contains(talk.questionId())).toList(),
                now.stream().filter(talk -> !thenIds.contains(talk.questionId())).toList(),
                now.stream().filter(talk -> thenIds.contains(talk.questionId())).toList()));
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).collect(Collectors.toSet());
    }
}
