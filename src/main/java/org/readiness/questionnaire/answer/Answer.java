package org.readiness.questionnaire.answer;

import java.math.BigDecimal;
import java.util.List;

/** What was answered to one question. */
public sealed interface Answer {

    String DONT_KNOW = "dont-know";
    String NOT_APPLICABLE = "not-applicable";
    String YES = "yes";
    String NO = "no";

    /** One option's value; also "yes" or "no". */
    record Choice(String value) implements Answer {
    }

    /** The options chosen in a multiple-choice question, in the order of the file. */
    record Choices(List<String> values) implements Answer {
        public Choices {
            values = List.copyOf(values);
        }
    }

    record Number(BigDecimal value) implements Answer {
    }

    record Text(String value) implements Answer {
    }

    /** The person does not know: counts as zero points, since an unknown owner is a risk. */
    record DontKnow() implements Answer {
    }

    /** The question does not apply: it is left out of the score. */
    record NotApplicable() implements Answer {
    }

    static Answer choice(String value) {
        return switch (value) {
            case DONT_KNOW -> new DontKnow();
            case NOT_APPLICABLE -> new NotApplicable();
            default -> new Choice(value);
        };
    }

    static Answer choices(List<String> values) {
        return new Choices(values);
    }

    static Answer number(BigDecimal value) {
        return new Number(value);
    }

    static Answer text(String value) {
        return new Text(value);
    }

    static Answer dontKnow() {
        return new DontKnow();
    }

    /** The answer as the API and conditions name it: a value, a list of values, a number or the text. */
    default Object plain() {
        if (this instanceof Choice choice) {
            return choice.value();
        } else if (this instanceof Choices choices) {
            return choices.values();
        } else if (this instanceof Number number) {
            return number.value();
        } else if (this instanceof Text text) {
            return text.value();
        } else if (this instanceof DontKnow) {
            return DONT_KNOW;
        }
        return NOT_APPLICABLE;
    }
}
