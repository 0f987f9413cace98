package org.readiness.team.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.readiness.scorecard.Format;
import org.readiness.result.Result;
import org.readiness.scorecard.ScoreCards;

/** The team's score card as PDF, JSON and CSV, made from the answers stored at the moment of the download. */
class TeamDownloads extends Section {

    TeamDownloads(TeamPageParts parts, long teamId, String language) {
        addClassName("downloads");
        add(new H2(getTranslation("team.scorecard")));
        Div links = new Div();
        links.addClassName("download-links");
        for (Format format : Format.values()) {
            DownloadHandler handler = event -> {
                Result result = parts.result(teamId, language).orElseThrow();
                event.setFileName(ScoreCards.fileName(format, result));
                event.setContentType(format.contentType());
                ScoreCards.write(format, result, event.getOutputStream());
            };
            Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD,
                    getTranslation("team.download." + format.extension()));
            link.addClassName("download-" + format.extension());
            links.add(link);
        }
        add(links);
    }
}
