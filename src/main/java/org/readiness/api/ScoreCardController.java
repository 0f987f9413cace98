package org.readiness.api;

import org.readiness.assessment.OrganisationName;
import org.readiness.assessment.AssessmentResult;
import org.readiness.assessment.AssessmentResults;
import org.readiness.assessment.ResultWording;
import org.readiness.assessment.ResumeToken;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.file.QuestionnaireCatalog;
import org.readiness.recommendation.Evaluation;
import org.readiness.result.Result;
import org.readiness.scorecard.FileNames;
import org.readiness.scorecard.Format;
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

/** The score card as PDF, JSON or CSV: of a stored assessment, or of answers sent with the request. */
@RestController
class ScoreCardController {

    private final AssessmentResults results;
    private final ResultWording wording;
    private final QuestionnaireCatalog catalog;

    ScoreCardController(AssessmentResults results, ResultWording wording, QuestionnaireCatalog catalog) {
        this.results = results;
        this.wording = wording;
        this.catalog = catalog;
    }

    /**
     * The card a resume link's holder downloads: a consultant's notes are not theirs to read. {@code lang} and
     * {@code organisation} print it in another of the questionnaire's languages or with a name not stored (yet),
     * as the result page's links do with the name the field shows; an empty name prints none.
     */
    @GetMapping("/api/assessments/{token}/scorecard.{format}")
    ResponseEntity<byte[]> ofAssessment(@PathVariable String token, @PathVariable String format,
                                        @RequestParam(required = false) String lang,
                                        @RequestParam(required = false) String organisation) throws IOException {
        Format chosen = format(format);
        AssessmentResult result = ResumeToken.parse(token).flatMap(results::of)
                .orElseThrow(ApiProblems.UnknownAssessment::new);
        String language = lang == null ? result.assessment().language()
                : RequestLanguage.of(result.evaluation().questionnaire(), lang);
        if (organisation != null) {
            String name = OrganisationName.asStored(organisation)
                    .orElseThrow(() -> new ApiProblems.OrganisationTooLong(OrganisationName.LIMIT));
            result = result.withOrganisation(name.isEmpty() ? null : name);
        }
        return respond(chosen, results.describe(result, language));
    }

    @PostMapping(path = "/api/questionnaires/{id}/scorecard.{format}", consumes = "application/json")
    ResponseEntity<byte[]> ofAnswers(@PathVariable String id, @PathVariable String format,
                                     @RequestParam(required = false) String lang,
                                     @RequestParam(required = false) String organisation,
                                     @RequestBody AnswersRequest request) throws IOException {
        Format chosen = format(format);
        Questionnaire questionnaire = catalog.find(id).orElseThrow(() -> new ApiProblems.UnknownQuestionnaire(id));
        String language = RequestLanguage.of(questionnaire, lang);
        if (organisation != null && organisation.codePointCount(0, organisation.length())
                > OrganisationName.LIMIT) {
            throw new ApiProblems.OrganisationTooLong(OrganisationName.LIMIT);
        }
        Evaluation evaluation = Evaluation.of(questionnaire, AnswersRequest.read(questionnaire, request));
        return respond(chosen, wording.of(evaluation, language, organisation));
    }

    private static ResponseEntity<byte[]> respond(Format format, Result result) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScoreCards.write(format, result, out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, format.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        FileNames.attachment(ScoreCards.fileName(format, result)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(out.toByteArray());
    }

    private static Format format(String extension) {
        return Format.byExtension(extension).orElseThrow(() -> new ApiProblems.UnknownFormat(extension));
    }
}
