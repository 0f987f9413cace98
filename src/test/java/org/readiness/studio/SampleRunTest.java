package org.readiness.studio;

import org.junit.jupiter.api.Test;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.Structure;
import org.readiness.questionnaire.file.QuestionnaireReader;
import org.readiness.recommendation.Evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SampleRunTest {

    private static Questionnaire bundled() throws IOException {
        Path file = Path.of("questionnaires", "commerce-stakeholders.json");
        return new QuestionnaireReader().read(file.toString(), Files.readAllBytes(file)).questionnaire();
    }

    @Test
    void the_shares_of_bands_structures_and_actions_are_those_of_a_direct_count() throws IOException {
        Questionnaire questionnaire = bundled();
        SampleRun sample = new SampleRun(questionnaire);
        SampleRun.Result result = sample.run(2_000, 42);

        Random same = new Random(42);
        Map<String, Integer> bands = new HashMap<>();
        Map<Structure, Integer> structures = new HashMap<>();
        Map<String, Integer> actions = new HashMap<>();
        for (int i = 0; i < 2_000; i++) {
            Evaluation evaluation = Evaluation.of(questionnaire, sample.answers(same));
            bands.merge(evaluation.score().overallBand() == null ? SampleRun.NO_BAND
                    : evaluation.score().overallBand().id(), 1, Integer::sum);
            structures.merge(evaluation.recommendation().structure(), 1, Integer::sum);
            evaluation.recommendation().actions().forEach(action -> actions.merge(action.action().id(), 1, Integer::sum));
        }

        bands.forEach((band, count) -> assertThat(result.bands().get(band)).as(band).isEqualTo(count));
        structures.forEach((structure, count) -> assertThat(result.structures().get(structure)).isEqualTo(count));
        actions.forEach((action, count) -> assertThat(result.actions().get(action)).as(action).isEqualTo(count));
        assertThat(result.bands().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2_000);
        assertThat(result.structures().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2_000);
    }

    @Test
    void a_question_s_answers_come_out_equally_often_so_a_yes_or_no_splits_the_runs_in_half() throws IOException {
        Questionnaire questionnaire = bundled();
        SampleRun sample = new SampleRun(questionnaire);
        Random random = new Random(7);
        int yes = 0;
        int asked = 0;
        for (int i = 0; i < 10_000; i++) {
            var answer = sample.answers(random).get("executive-sponsor");
            if (answer.isPresent()) {
                asked++;
                yes += "yes".equals(answer.get().plain()) ? 1 : 0;
            }
        }
        // yes, no, don't know (and no answer when not required): yes is one candidate among three or four.
        assertThat((double) yes / asked).isBetween(0.22, 0.36);
    }

    @Test
    void every_run_ends_in_one_overall_band_and_one_structure() throws IOException {
        SampleRun.Result result = new SampleRun(bundled()).run(1_000, 1);
        assertThat(result.bands().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1_000);
        assertThat(result.structures().get(Structure.SMALL_TEAM) + result.structures().get(Structure.THREE_AREA))
                .isEqualTo(1_000);
    }
}
