package org.readiness.questionnaire.file;

import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.Condition;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.QuestionType;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.answer.Answer;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A condition's tests name questions that exist (and, for visibility, come earlier) and values they can take. */
final class ConditionCheck {

    private final Questionnaire questionnaire;
    /** Each question's position in the questionnaire, for "names an earlier question". */
    private final Map<String, Integer> questionOrder;
    private final Findings findings;

    ConditionCheck(Questionnaire questionnaire, Map<String, Integer> questionOrder, Findings findings) {
        this.questionnaire = questionnaire;
        this.questionOrder = questionOrder;
        this.findings = findings;
    }

    /**
     * Checks every test of a condition. With {@code before} set (a visibility condition), a test may name only
     * questions that come before that position, which also rules out cycles.
     */
    void check(Condition condition, String pointer, @Nullable Integer before) {
        for (Condition.Located<Condition.Test> located : condition.tests()) {
            Condition.Test test = located.value();
            String at = pointer + located.pointer();
            Integer position = questionOrder.get(test.question());
            if (position == null) {
                findings.add(at + "/question", "the condition names question \"" + test.question()
                        + "\", which does not exist.");
                continue;
            }
            if (before != null && position >= before) {
                findings.add(at + "/question", "the condition names question \"" + test.question()
                        + "\", which does not come earlier in the questionnaire; a question can only depend on "
                        + "questions asked before it.");
            }
            checkValue(test, questionnaire.question(test.question()).orElseThrow(), at);
        }
    }

    private void checkValue(Condition.Test test, Question question, String pointer) {
        if (test.operator() == Condition.Operator.ANSWERED) {
            return;
        }
        List<?> values = test.value() instanceof List<?> list ? list : List.of(test.value());
        boolean ordered = test.operator() == Condition.Operator.AT_LEAST || test.operator() == Condition.Operator.AT_MOST;
        for (Object value : values) {
            String problem = valueProblem(question, value, ordered);
            if (problem != null) {
                findings.add(pointer + "/" + test.operator().key(), "the condition on question \"" + question.id()
                        + "\" " + problem);
            }
        }
        if (question.type() == QuestionType.MULTIPLE && test.operator() == Condition.Operator.AT_LEAST
                && test.value() instanceof BigDecimal count
                && count.compareTo(BigDecimal.valueOf(question.options().size())) > 0) {
            findings.add(pointer + "/" + test.operator().key(), "the condition on question \"" + question.id()
                    + "\" asks for at least " + count.toPlainString() + " options chosen, but the question has only "
                    + question.options().size() + ", so it can never hold.");
        }
    }

    private static @Nullable String valueProblem(Question question, Object value, boolean ordered) {
        boolean number = value instanceof BigDecimal;
        switch (question.type()) {
            case NUMBER, SCALE:
                if (number || !ordered && isSpecialAnswerOffered(question, value)) {
                    return null;
                }
                return "compares with " + quoted(value) + ", but the question takes numbers.";
            case MULTIPLE:
                if (ordered) {
                    return number ? null : "counts the options chosen, so \"atLeast\"/\"atMost\" take a number.";
                }
                return choiceProblem(question, value, false);
            case TEXT:
                return ordered ? "cannot order free text with \"atLeast\"/\"atMost\"." : null;
            default:
                return choiceProblem(question, value, ordered);
        }
    }

    private static boolean isSpecialAnswerOffered(Question question, Object value) {
        return Answer.DONT_KNOW.equals(value) && question.offersDontKnow()
                || Answer.NOT_APPLICABLE.equals(value) && question.allowNotApplicable();
    }

    private static @Nullable String choiceProblem(Question question, Object value, boolean ordered) {
        Set<String> allowed = new LinkedHashSet<>();
        if (question.type() == QuestionType.YES_NO) {
            allowed.addAll(List.of(Answer.YES, Answer.NO));
        } else {
            question.options().forEach(option -> allowed.add(option.value()));
        }
        if (!ordered && question.offersDontKnow()) {
            allowed.add(Answer.DONT_KNOW);
        }
        if (!ordered && question.allowNotApplicable()) {
            allowed.add(Answer.NOT_APPLICABLE);
        }
        return allowed.contains(String.valueOf(value)) ? null
                : "uses the value " + quoted(value) + ", which the question does not offer; it offers " + allowed + ".";
    }

    private static String quoted(Object value) {
        return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    }
}
