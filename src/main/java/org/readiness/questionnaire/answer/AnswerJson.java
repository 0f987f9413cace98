package org.readiness.questionnaire.answer;

import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.QuestionType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.readiness.questionnaire.answer.AnswerProblem.Kind;

import java.util.ArrayList;
import java.util.List;

/**
 * Answers as JSON, the shape of the API and of stored assessments: an option value or special answer as a string,
 * several options as an array of strings, a number as a number, free text as a string.
 */
public final class AnswerJson {

    private AnswerJson() {
    }

    public static JsonNode write(Answer answer) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (answer instanceof Answer.Choices choices) {
            ArrayNode array = nodes.arrayNode();
            choices.values().forEach(array::add);
            return array;
        }
        if (answer instanceof Answer.Number number) {
            return nodes.numberNode(number.value());
        }
        return nodes.textNode(String.valueOf(answer.plain()));
    }

    /** Reads the answer to a question; a value of the wrong JSON type is a problem, not an exception. */
    public static Parsed read(Question question, JsonNode value) {
        if (value.isTextual()) {
            String text = value.textValue();
            if (question.type() == QuestionType.TEXT) {
                return new Parsed(Answer.text(text), null);
            }
            Answer special = Answer.choice(text);
            if (!(special instanceof Answer.Choice) || question.type() == QuestionType.SINGLE
                    || question.type() == QuestionType.YES_NO) {
                return new Parsed(special, null);
            }
        }
        if (question.type() == QuestionType.MULTIPLE && value.isArray()) {
            List<String> values = new ArrayList<>();
            for (JsonNode element : value) {
                if (!element.isTextual()) {
                    return new Parsed(null, AnswerProblem.detailed(question.id(), Kind.WRONG_TYPE, "multiple",
                            question.id()));
                }
                values.add(element.textValue());
            }
            return new Parsed(Answer.choices(values), null);
        }
        if ((question.type() == QuestionType.NUMBER || question.type() == QuestionType.SCALE) && value.isNumber()) {
            if (value.isFloatingPointNumber() && !Double.isFinite(value.doubleValue())) {
                return new Parsed(null, AnswerProblem.detailed(question.id(), Kind.OUT_OF_RANGE, "too-large",
                        question.id()));
            }
            return new Parsed(Answer.number(value.decimalValue()), null);
        }
        return new Parsed(null, AnswerProblem.detailed(question.id(), Kind.WRONG_TYPE, switch (question.type()) {
            case SINGLE -> "single";
            case YES_NO -> "yes-no";
            case MULTIPLE -> "multiple";
            case NUMBER, SCALE -> "number";
            case TEXT -> "text";
        }, question.id()));
    }

    /** Either the answer or why it could not be read. */
    public record Parsed(Answer answer, AnswerProblem problem) {
    }
}
