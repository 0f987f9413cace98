package org.readiness.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.jspecify.annotations.Nullable;
import org.readiness.assessment.OrganisationName;
import org.readiness.assessment.AssessmentResult;
import org.readiness.assessment.AssessmentResults;
import org.readiness.assessment.AssessmentService;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.result.Result;
import org.readiness.scorecard.Format;
import org.readiness.scorecard.ScoreCards;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * The score card as PDF, JSON and CSV, with the organisation's name printed on it if the user gives one. Each
 * download reads the stored assessment again, so the card shows what the database holds at that moment, and the
 * name as the field shows it when the link is clicked: a name typed just before may not be stored yet, since the
 * download is a request of its own that can overtake the one saving it.
 */
class ScoreCardSection extends Section {

    private final AssessmentService assessments;
    private final AssessmentResults results;
    private final long assessmentId;
    private final AssessmentResults.Notes notes;
    private final String language;
    private final @Nullable String resumeToken;
    private final Questionnaire questionnaire;
    private final Retrying retry = new Retrying();
    private final TextField organisation = new TextField();

    /**
     * A merchant's card (with a resume link and no notes) comes from the API's address for that link, as a plain
     * link; an interview's, with the consultant's notes, from a download of this page's own.
     */
    ScoreCardSection(AssessmentResult result, AssessmentResults.Notes notes, @Nullable String resumeToken,
                     AssessmentService assessments, AssessmentResults results, String language) {
        this.assessments = assessments;
        this.resumeToken = notes == AssessmentResults.Notes.LEFT_OUT ? resumeToken : null;
        this.questionnaire = result.assessment().questionnaire();
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
        Anchor link;
        if (resumeToken == null) {
            link = new Anchor(download(format, language), AttachmentType.DOWNLOAD, text);
        } else {
            link = new Anchor(apiAddress(format), text);
            link.getElement().setAttribute("download", "");
            link.setRouterIgnore(true);
        }
        link.addClassName(WITH_TYPED_NAME);
        return link;
    }

    /** Relative to the page's base, as the API's other addresses are; the click adds the typed name. */
    private String apiAddress(Format format) {
        return "api/assessments/" + resumeToken + "/scorecard." + format.extension() + "?lang="
                + questionnaire.languageFor(language);
    }

    /** Makes every score card link on the page carry the organisation's name as the field shows it on a click. */
    void nameLinksIn(Component page) {
        page.getElement().executeJs(NAME_LINKS, organisation.getElement());
    }

    private static final String WITH_TYPED_NAME = "with-typed-name";

    /** One listener for the page's links, however often the page is drawn; the field is the one shown last. */
    private static final String NAME_LINKS = """
            this.$typedName = $0;
            if (!this.$namesLinks) {
              this.$namesLinks = true;
              this.addEventListener('click', event => {
                const link = event.target.closest && event.target.closest('a.%s');
                if (!link) return;
                const address = new URL(link.href, document.baseURI);
                address.searchParams.set('organisation', this.$typedName.value || '');
                link.href = address.toString();
              });
            }""".formatted(WITH_TYPED_NAME);

    private Component organisation(String stored) {
        organisation.setLabel(getTranslation("result.organisation"));
        organisation.setMaxLength(OrganisationName.LIMIT);
        organisation.setHelperText(getTranslation("result.organisation.help", OrganisationName.LIMIT));
        organisation.addClassName("organisation-field");
        if (stored != null) {
            organisation.setValue(stored);
        }
        Span status = new Span();
        status.addClassName("organisation-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        organisation.addValueChangeListener(change -> {
            if (!retry.isOn()) {
                saveOrganisation(organisation, status);
            } // else the next try takes the name as it is then, without holding the page meanwhile
        });
        addDetachListener(detach -> retry.stop());
        return new Div(organisation, status);
    }

    /**
     * Stores the name the field shows. While the database cannot be reached the name stays in the field and is
     * tried again every few seconds, as the wizard does with answers; a name the database refuses is said so once.
     */
    private void saveOrganisation(TextField organisation, Span status) {
        boolean taken;
        try {
            taken = assessments.setOrganisation(assessmentId, organisation.getValue());
        } catch (DataAccessException | TransactionException e) {
            if (DatabaseTrouble.of(e, "the organisation's name") == DatabaseTrouble.REFUSED) {
                retry.stop();
                show(status, "result.organisation.refused", "failed");
            } else {
                show(status, "result.organisation.unavailable", "failed");
                retry.start(() -> saveOrganisation(organisation, status));
            }
            return;
        }
        if (retry.isOn()) {
            retry.stop();
            show(status, "result.organisation.saved", "saved");
        } else {
            status.setText("");
            status.getElement().removeAttribute("data-state");
        }
        organisation.setErrorMessage(taken ? null : getTranslation("result.organisation.too-long",
                OrganisationName.LIMIT));
        organisation.setInvalid(!taken);
    }

    private void show(Span status, String key, String state) {
        status.setText(getTranslation(key));
        status.getElement().setAttribute("data-state", state);
    }

    private DownloadHandler download(Format format, String language) {
        return event -> {
            AssessmentResult result = results.of(assessmentId, notes).orElseThrow();
            String typed = event.getRequest().getParameter("organisation");
            if (typed != null) {
                AssessmentResult stored = result;
                result = OrganisationName.asStored(typed)
                        .map(name -> stored.withOrganisation(name.isEmpty() ? null : name)).orElse(stored);
            }
            Result card = results.describe(result, language);
            event.setFileName(ScoreCards.fileName(format, card));
            event.setContentType(format.contentType());
            ScoreCards.write(format, card, event.getOutputStream());
        };
    }
}
