package org.readiness.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.readiness.assessment.AssessmentResult;
import org.readiness.assessment.AssessmentResults;
import org.readiness.assessment.AssessmentService;
import org.readiness.assessment.OpenAssessment;
import org.readiness.assessment.ResumeToken;
import org.readiness.questionnaire.answer.AnswerJson;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A stored assessment, reached with the token of its resume link. */
@RestController
@RequestMapping(path = "/api/assessments", produces = "application/json")
class AssessmentController {

    private final AssessmentService assessments;
    private final AssessmentResults results;

    AssessmentController(AssessmentService assessments, AssessmentResults results) {
        this.assessments = assessments;
        this.results = results;
    }

    /** The assessment as stored: reading it neither moves a draft to a newer questionnaire nor touches it. */
    @GetMapping("/{token}")
    ResponseEntity<AssessmentDocument> get(@PathVariable String token) {
        AssessmentResult result = ResumeToken.parse(token).flatMap(results::of)
                .orElseThrow(ApiProblems.UnknownAssessment::new);
        return ResponseEntity.ok().header("Referrer-Policy", "no-referrer").header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(AssessmentDocument.of(result, results));
    }

    @DeleteMapping("/{token}")
    ResponseEntity<Void> delete(@PathVariable String token) {
        ResumeToken resumeToken = ResumeToken.parse(token).orElseThrow(ApiProblems.UnknownAssessment::new);
        if (!assessments.delete(resumeToken)) {
            throw new ApiProblems.UnknownAssessment();
        }
        return ResponseEntity.noContent().build();
    }

    /** {@code complete}: whether the assessment is finished; until then its evaluation is not a result. */
    record AssessmentDocument(String state, boolean complete, String language, String currentStep, String organisation,
                              Instant createdAt, Instant updatedAt, Instant finishedAt, Map<String, JsonNode> answers,
                              EvaluationDocument evaluation) {

        static AssessmentDocument of(AssessmentResult result, AssessmentResults results) {
            OpenAssessment assessment = result.assessment();
            Map<String, JsonNode> answers = new LinkedHashMap<>();
            assessment.answers().asMap().forEach((questionId, answer) -> answers.put(questionId, AnswerJson.write(answer)));
            return new AssessmentDocument(assessment.state().name().toLowerCase(java.util.Locale.ROOT),
                    assessment.isFinished(), assessment.language(), assessment.currentStep(), assessment.organisation(),
                    assessment.createdAt(), assessment.updatedAt(), assessment.finishedAt(), answers,
                    EvaluationDocument.of(results.describe(result, assessment.language())));
        }
    }
}
