package org.readiness.questionnaire.answer;

import org.readiness.questionnaire.Option;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.QuestionType;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.Step;

import org.readiness.questionnaire.answer.AnswerProblem.Kind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks answers against the questionnaire. Answering returns problems; nothing here throws on bad input. */
public final class AnswerCheck {

    private AnswerCheck() {
    }

    /** Everything wrong with a complete set of answers: unknown or hidden questions, bad values, missing ones. */
    public static List<AnswerProblem> checkComplete(Questionnaire questionnaire, Answers answers) {
        return checkComplete(questionnaire, answers, AnswerScope.WHOLE);
    }

    /**
     * The same for the answers of one scope, such as a role of a team. Its holder may also answer the company
     * profile, which is not asked of it, but not another role's questions.
     */
    public static List<AnswerProblem> checkComplete(Questionnaire questionnaire, Answers answers, AnswerScope scope) {
        List<AnswerProblem> problems = new ArrayList<>();
        ShownQuestions visible = ShownQuestions.of(questionnaire, answers);
        ShownQuestions shown = ShownQuestions.of(questionnaire, answers, scope);
        answers.asMap().forEach((questionId, answer) -> {
            Optional<Question> question = questionnaire.question(questionId);
            if (question.isEmpty()) {
                problems.add(AnswerProblem.of(questionId, Kind.UNKNOWN_QUESTION, questionId, questionnaire.id()));
            } else if (!visible.isShown(questionId)) {
                problems.add(AnswerProblem.of(questionId, Kind.HIDDEN_QUESTION, questionId));
            } else if (!shown.isShown(questionId) && !questionnaire.stepOf(question.get()).profile()) {
                problems.add(AnswerProblem.of(questionId, Kind.NOT_ASKED_OF_ROLE, questionId, scope.roleId()));
            } else {
                check(question.get(), answer).ifPresent(problems::add);
            }
        });
        for (Step step : questionnaire.steps()) {
            problems.addAll(missingRequired(shown.in(step), answers));
        }
        return problems;
    }

    /** The required questions asked for these answers but not answered, in the order asked. */
    public static List<Question> openRequired(Questionnaire questionnaire, Answers answers) {
        ShownQuestions shown = ShownQuestions.of(questionnaire, answers, AnswerScope.WHOLE);
        return questionnaire.steps().stream()
                .flatMap(step -> missingRequired(shown.in(step), answers).stream())
                .map(problem -> questionnaire.question(problem.questionId()).orElseThrow())
                .toList();
    }

    /** The shown required questions of one step that have no answer yet. */
    public static List<AnswerProblem> missingRequired(Questionnaire questionnaire, Step step, Answers answers) {
        return missingRequired(questionnaire, step, answers, AnswerScope.WHOLE);
    }

    /** The same for the questions asked in a scope. */
    public static List<AnswerProblem> missingRequired(Questionnaire questionnaire, Step step, Answers answers,
                                                      AnswerScope scope) {
        return missingRequired(ShownQuestions.of(questionnaire, answers, scope).in(step), answers);
    }

    private static List<AnswerProblem> missingRequired(List<Question> shownQuestions, Answers answers) {
        return shownQuestions.stream()
                .filter(Question::required)
                .filter(question -> !isGiven(answers.get(question.id())))
                .map(question -> AnswerProblem.of(question.id(), Kind.MISSING_REQUIRED, question.id()))
                .toList();
    }

    private static boolean isGiven(Optional<Answer> answer) {
        return answer.filter(given -> !(given instanceof Answer.Choices choices && choices.values().isEmpty())
                && !(given instanceof Answer.Text text && text.value().isBlank())).isPresent();
    }

    /** Whether this one answer fits the question: its type, options, range and length. */
    public static Optional<AnswerProblem> check(Question question, Answer answer) {
        String id = question.id();
        if (answer instanceof Answer.DontKnow) {
            return question.offersDontKnow() ? Optional.empty()
                    : problem(id, Kind.DONT_KNOW_NOT_ALLOWED, "", id);
        }
        if (answer instanceof Answer.NotApplicable) {
            return question.allowNotApplicable() ? Optional.empty()
                    : problem(id, Kind.NOT_APPLICABLE_NOT_ALLOWED, "", id);
        }
        return switch (question.type()) {
            case SINGLE -> checkSingle(question, answer);
            case YES_NO -> answer instanceof Answer.Choice choice
                    && (choice.value().equals(Answer.YES) || choice.value().equals(Answer.NO))
                    ? Optional.empty()
                    : problem(id, Kind.WRONG_TYPE, "yes-no", id);
            case MULTIPLE -> checkMultiple(question, answer);
            case NUMBER, SCALE -> checkNumber(question, answer);
            case TEXT -> checkText(question, answer);
        };
    }

    private static Optional<AnswerProblem> checkSingle(Question question, Answer answer) {
        String id = question.id();
        if (!(answer instanceof Answer.Choice choice)) {
            return problem(id, Kind.WRONG_TYPE, "single", id);
        }
        return question.option(choice.value()).isPresent() ? Optional.empty()
                : problem(id, Kind.UNKNOWN_OPTION, "", id, choice.value(), optionList(question));
    }

    private static Optional<AnswerProblem> checkMultiple(Question question, Answer answer) {
        String id = question.id();
        if (!(answer instanceof Answer.Choices choices)) {
            return problem(id, Kind.WRONG_TYPE, "multiple", id);
        }
        Set<String> seen = new HashSet<>();
        for (String value : choices.values()) {
            Optional<Option> option = question.option(value);
            if (option.isEmpty()) {
                return problem(id, Kind.UNKNOWN_OPTION, "", id, value, optionList(question));
            }
            if (!seen.add(value)) {
                return problem(id, Kind.DUPLICATE_OPTION, "", value, id);
            }
            if (option.get().exclusive() && choices.values().size() > 1) {
                return problem(id, Kind.EXCLUSIVE_OPTION_COMBINED, "", value, id);
            }
        }
        return Optional.empty();
    }

    private static Optional<AnswerProblem> checkNumber(Question question, Answer answer) {
        String id = question.id();
        if (!(answer instanceof Answer.Number number)) {
            return problem(id, Kind.WRONG_TYPE, "number", id);
        }
        BigDecimal value = number.value();
        if (question.type() == QuestionType.SCALE && value.stripTrailingZeros().scale() > 0) {
            return problem(id, Kind.NOT_A_WHOLE_NUMBER, "", id);
        }
        boolean belowMin = question.min() != null && value.compareTo(BigDecimal.valueOf(question.min())) < 0;
        boolean aboveMax = question.max() != null && value.compareTo(BigDecimal.valueOf(question.max())) > 0;
        if (belowMin || aboveMax) {
            return question.min() == null ? problem(id, Kind.OUT_OF_RANGE, "up-to", id, question.max())
                    : question.max() == null ? problem(id, Kind.OUT_OF_RANGE, "from", id, question.min())
                    : problem(id, Kind.OUT_OF_RANGE, "between", id, question.min(), question.max());
        }
        return Optional.empty();
    }

    private static Optional<AnswerProblem> checkText(Question question, Answer answer) {
        String id = question.id();
        if (!(answer instanceof Answer.Text text)) {
            return problem(id, Kind.WRONG_TYPE, "text", id);
        }
        int limit = question.textLimit();
        return text.value().codePointCount(0, text.value().length()) <= limit ? Optional.empty()
                : problem(id, Kind.TOO_LONG, "", id, limit);
    }

    private static String optionList(Question question) {
        List<String> values = question.options().stream().map(option -> "\"" + option.value() + "\"").toList();
        return String.join(", ", values);
    }

    private static Optional<AnswerProblem> problem(String questionId, Kind kind, String detail, Object... arguments) {
        return Optional.of(AnswerProblem.detailed(questionId, kind, detail, arguments));
    }
}
