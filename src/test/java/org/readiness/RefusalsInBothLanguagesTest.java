package org.readiness;

import org.junit.jupiter.api.Test;
import org.readiness.consultant.AccountProblem;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.answer.Answer;
import org.readiness.questionnaire.answer.AnswerCheck;
import org.readiness.questionnaire.answer.AnswerJson;
import org.readiness.questionnaire.answer.AnswerProblem;
import org.readiness.questionnaire.answer.AnswerScope;
import org.readiness.team.TeamProblem;
import org.readiness.words.Words;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.TextNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readiness.questionnaire.Fixtures.answer;
import static org.readiness.questionnaire.Fixtures.answers;
import static org.readiness.questionnaire.Fixtures.questionnaire;

/**
 * Every refusal a user can meet, worded in both languages: each answer problem the checks make, each key of the
 * answer problems, accounts, teams and clients. A Swedish user never reads an English sentence.
 */
class RefusalsInBothLanguagesTest {

    /** Words that give an English sentence away; none of them is Swedish. */
    private static final Pattern ENGLISH = Pattern.compile("\\b(the|is|takes|question|answer|not|has|may|at most"
            + "|must|choose|this|does|cannot|with|of)\\b", Pattern.CASE_INSENSITIVE);

    private final Questionnaire fixture = questionnaire("scoring-fixture");

    @Test
    void every_problem_the_answer_checks_make_reads_in_swedish_and_in_english() {
        List<AnswerProblem> problems = new ArrayList<>(AnswerCheck.checkComplete(fixture, answers(
                "nonsense", "x", "owner-time", "full", "it-people", 3), AnswerScope.role("owner")));
        var owner = fixture.question("owner").orElseThrow();
        var platforms = fixture.question("platforms").orElseThrow();
        var knowledge = fixture.question("knowledge").orElseThrow();
        var size = fixture.question("size").orElseThrow();
        var goal = fixture.question("goal").orElseThrow();
        var itPeople = fixture.question("it-people").orElseThrow();
        List.of(AnswerCheck.check(owner, answer(3)), AnswerCheck.check(size, Answer.choice(Answer.NOT_APPLICABLE)),
                AnswerCheck.check(size, answer(List.of("small"))), AnswerCheck.check(size, answer("huge")),
                AnswerCheck.check(size, Answer.dontKnow()), AnswerCheck.check(platforms, answer("oms")),
                AnswerCheck.check(platforms, answer(List.of("oms", "oms"))),
                AnswerCheck.check(platforms, answer(List.of("oms", "none"))),
                AnswerCheck.check(knowledge, answer("x")), AnswerCheck.check(knowledge, answer(new BigDecimal("2.5"))),
                AnswerCheck.check(knowledge, answer(9)), AnswerCheck.check(itPeople, answer(-1)),
                AnswerCheck.check(goal, answer(3)), AnswerCheck.check(goal, Answer.text("x".repeat(20_000))))
                .forEach(problem -> problem.ifPresent(problems::add));
        problems.add(AnswerJson.read(knowledge, DoubleNode.valueOf(Double.POSITIVE_INFINITY)).problem());
        problems.add(AnswerJson.read(platforms, TextNode.valueOf("oms")).problem());
        problems.add(AnswerProblem.ofRespondent(2, "it", problems.get(0)));

        assertThat(problems).extracting(AnswerProblem::kind).contains(AnswerProblem.Kind.UNKNOWN_QUESTION,
                AnswerProblem.Kind.HIDDEN_QUESTION,
                AnswerProblem.Kind.NOT_ASKED_OF_ROLE, AnswerProblem.Kind.MISSING_REQUIRED,
                AnswerProblem.Kind.WRONG_TYPE, AnswerProblem.Kind.UNKNOWN_OPTION, AnswerProblem.Kind.DUPLICATE_OPTION,
                AnswerProblem.Kind.EXCLUSIVE_OPTION_COMBINED, AnswerProblem.Kind.NOT_A_WHOLE_NUMBER,
                AnswerProblem.Kind.OUT_OF_RANGE, AnswerProblem.Kind.TOO_LONG,
                AnswerProblem.Kind.DONT_KNOW_NOT_ALLOWED, AnswerProblem.Kind.NOT_APPLICABLE_NOT_ALLOWED);
        for (AnswerProblem problem : problems) {
            String swedish = problem.in(Words.in("sv"));
            assertThat(problem.message()).as(problem.key()).doesNotContain("!{");
            assertThat(swedish).as(problem.key()).doesNotContain("!{").isNotEqualTo(problem.message());
            assertThat(ENGLISH.matcher(swedish).find()).as(swedish).isFalse();
        }
    }

    @Test
    void every_refusal_text_of_answers_accounts_teams_and_clients_is_swedish_in_swedish() throws IOException {
        Properties english = bundle("");
        Properties swedish = bundle("_sv");
        List<String> keys = english.stringPropertyNames().stream()
                .filter(key -> key.startsWith("answer.problem.") || key.startsWith("accounts.problem.")
                        || key.startsWith("team.problem.") || key.startsWith("client.problem.")
                        || key.startsWith("save.") || key.startsWith("wizard.missing") || key.startsWith("login."))
                .sorted().toList();
        assertThat(keys).hasSizeGreaterThan(40);
        Arrays.stream(AccountProblem.Kind.values()).forEach(kind -> assertThat(keys).contains("accounts.problem." + kind));
        Arrays.stream(TeamProblem.Kind.values()).forEach(kind -> assertThat(keys).contains("team.problem." + kind));
        for (String key : keys) {
            String text = swedish.getProperty(key);
            assertThat(text).as(key).isNotNull().isNotEqualTo(english.getProperty(key));
            assertThat(ENGLISH.matcher(text.replaceAll("\\{[^}]*}", "")).find()).as(key + ": " + text).isFalse();
        }
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = RefusalsInBothLanguagesTest.class.getResourceAsStream(Words.BUNDLE + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
