package org.readiness.api;

import org.readiness.assessment.AssessmentService;
import org.readiness.assessment.OpenAssessment;
import org.readiness.assessment.ResumeToken;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.file.QuestionnaireCatalog;
import org.readiness.recommendation.Evaluation;
import org.readiness.scorecard.FileNames;
import org.readiness.scorecard.Format;
import org.readiness.scorecard.ScoreCardInput;
import org.readiness.scorecard.ScoreCards;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/** The score card as PDF, JSON or CSV: of a stored assessment, or of answers sent with the request. */
@RestController
class ScoreCardController {

    private final AssessmentService assessments;
    private final QuestionnaireCatalog catalog;

    ScoreCardController(AssessmentService assessments, QuestionnaireCatalog catalog) {
        this.assessments = assessments;
        this.catalog = catalog;
    }

    @GetMapping("/api/assessments/{token}/scorecard.{format}")
    ResponseEntity<byte[]> ofAssessment(@PathVariable String token, @PathVariable String format) throws IOException {
        Format chosen = format(format);
        OpenAssessment assessment = ResumeToken.parse(token).flatMap(assessments::resume)
                .orElseThrow(ApiProblems.UnknownAssessment::new);
        ScoreCardInput input = new ScoreCardInput(assessments.evaluate(assessment), assessment.language(),
                assessment.organisation(), assessment.notes(), assessment.createdAt(), assessment.updatedAt(),
                Instant.now());
        return respond(chosen, input, assessment.organisation());
    }

    @PostMapping(path = "/api/questionnaires/{id}/scorecard.{format}", consumes = "application/json")
    ResponseEntity<byte[]> ofAnswers(@PathVariable String id, @PathVariable String format,
                                     @RequestParam(required = false) String lang,
                                     @RequestParam(required = false) String organisation,
                                     @RequestBody QuestionnaireController.EvaluateRequest request) throws IOException {
        Format chosen = format(format);
        Questionnaire questionnaire = catalog.find(id).orElseThrow(() -> new ApiProblems.UnknownQuestionnaire(id));
        String language = QuestionnaireController.language(questionnaire, lang);
        if (organisation != null && organisation.codePointCount(0, organisation.length())
                > AssessmentService.ORGANISATION_LIMIT) {
            throw new ApiProblems.OrganisationTooLong(AssessmentService.ORGANISATION_LIMIT);
        }
        Evaluation evaluation = Evaluation.of(questionnaire, QuestionnaireController.answers(questionnaire, request));
        ScoreCardInput input = new ScoreCardInput(evaluation, language, organisation, Map.of(), null, null,
                Instant.now());
        return respond(chosen, input, organisation);
    }

    private static ResponseEntity<byte[]> respond(Format format, ScoreCardInput input, String organisation)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScoreCards.write(format, input, out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, format.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        FileNames.attachment(ScoreCards.fileName(format, organisation, input)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(out.toByteArray());
    }

    private static Format format(String extension) {
        return Format.byExtension(extension).orElseThrow(() -> new ApiProblems.UnknownFormat(extension));
    }
}
