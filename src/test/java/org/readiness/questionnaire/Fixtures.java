package org.readiness.questionnaire;

import org.readiness.questionnaire.answer.Answer;
import org.readiness.questionnaire.answer.Answers;
import org.readiness.questionnaire.file.QuestionnaireReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Questionnaires and answers for tests. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A questionnaire from {@code src/test/resources/questionnaires/good/NAME.json}. */
    public static Questionnaire questionnaire(String name) {
        return read("/questionnaires/good/" + name + ".json");
    }

    /** The default questionnaire the app ships with. */
    public static Questionnaire commerceStakeholders() {
        try {
            return read(java.nio.file.Path.of("questionnaires/commerce-stakeholders.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Questionnaire read(java.nio.file.Path path) throws IOException {
        return accepted(path.toString(), java.nio.file.Files.readAllBytes(path));
    }

    private static Questionnaire read(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return accepted(resource, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Questionnaire accepted(String name, byte[] content) {
        QuestionnaireReader.Result result = new QuestionnaireReader().read(name, content);
        if (!result.isAccepted()) {
            throw new IllegalStateException(name + " was refused: " + result.problems());
        }
        return result.questionnaire();
    }

    /** Answers from pairs: question id, then a String, a List of Strings or a Number. */
    public static Answers answers(Object... pairs) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            answers.put((String) pairs[i], answer(pairs[i + 1]));
        }
        return Answers.of(answers);
    }

    @SuppressWarnings("unchecked")
    public static Answer answer(Object value) {
        if (value instanceof List<?> list) {
            return Answer.choices((List<String>) list);
        }
        if (value instanceof Number number) {
            return Answer.number(new BigDecimal(number.toString()));
        }
        return Answer.choice((String) value);
    }
}
