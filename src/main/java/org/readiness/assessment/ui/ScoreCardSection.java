package org.readiness.assessment.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.readiness.assessment.AssessmentResult;
import org.readiness.assessment.AssessmentResults;
import org.readiness.assessment.AssessmentService;
import org.readiness.scorecard.Format;
import org.readiness.scorecard.ScoreCardInput;
import org.readiness.scorecard.ScoreCards;

/**
 * The score card as PDF, JSON and CSV, with the organisation's name printed on it if the user gives one. Each
 * download reads the stored assessment again, so the card shows what the database holds at that moment.
 */
class ScoreCardSection extends Section {

    private final AssessmentService assessments;
    private final AssessmentResults results;
    private final long assessmentId;
    private final AssessmentResults.Notes notes;
    private final String language;

    ScoreCardSection(AssessmentResult result, AssessmentResults.Notes notes, AssessmentService assessments,
                     AssessmentResults results, String language) {
        this.assessments = assessments;
        this.results = results;
        this.assessmentId = result.assessment().id();
        this.notes = notes;
        this.language = language;
        addClassName("downloads");
        add(new H2(getTranslation("result.scorecard")), organisation(result.assessment().organisation()));
        Div links = new Div();
        links.addClassName("download-links");
        for (Format format : Format.values()) {
            Anchor link = link(format, getTranslation("result.download." + format.extension()));
            link.addClassName("download-" + format.extension());
            links.add(link);
        }
        add(links);
    }

    /** A link that downloads the score card in this format, as the database holds the assessment then. */
    Anchor link(Format format, String text) {
        return new Anchor(download(format, language), AttachmentType.DOWNLOAD, text);
    }

    private TextField organisation(String stored) {
        TextField organisation = new TextField(getTranslation("result.organisation"));
        organisation.setMaxLength(AssessmentService.ORGANISATION_LIMIT);
        organisation.setHelperText(getTranslation("result.organisation.help", AssessmentService.ORGANISATION_LIMIT));
        organisation.addClassName("organisation-field");
        if (stored != null) {
            organisation.setValue(stored);
        }
        organisation.addValueChangeListener(change -> {
            boolean taken = assessments.setOrganisation(assessmentId, change.getValue());
            organisation.setErrorMessage(taken ? null : getTranslation("result.organisation.too-long",
                    AssessmentService.ORGANISATION_LIMIT));
            organisation.setInvalid(!taken);
        });
        return organisation;
    }

    private DownloadHandler download(Format format, String language) {
        return event -> {
            AssessmentResult result = results.of(assessmentId, notes).orElseThrow();
            ScoreCardInput input = results.scoreCard(result, language);
            event.setFileName(ScoreCards.fileName(format, input));
            event.setContentType(format.contentType());
            ScoreCards.write(format, input, event.getOutputStream());
        };
    }
}
