package org.readiness.team.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import org.jspecify.annotations.Nullable;
import org.readiness.base.ui.CopyableLink;
import org.readiness.team.Team;
import org.readiness.team.TeamOverview;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A team assessment's page, for its coordinator and for the consultant whose client it is. The list of people and
 * the result update by themselves while people answer: the page turns on Vaadin Push (a WebSocket, falling back to
 * long polling) while it is open, and the team watch tells it of every change within half a second, whichever server
 * the answers went to. The invitation form is left as it is, so nothing typed there is lost.
 */
public class TeamPage extends Div {

    private static final Logger log = LoggerFactory.getLogger(TeamPage.class);

    /**
     * How this page was reached: the coordinator's own link (none for a consultant, who comes by their client) and
     * where the company profile is changed.
     */
    public record Access(@Nullable String coordinatorLink, String profileLocation) {
    }

    private final TeamPageParts parts;
    private final Team team;
    private final Access access;
    private final String language;
    private final Div live = new Div();
    private final InviteForm inviteForm;
    private AutoCloseable watching;

    public TeamPage(TeamPageParts parts, Team team, Access access, String language) {
        this.parts = parts;
        this.team = team;
        this.access = access;
        this.language = language;
        addClassName("team-page");
        TeamOverview overview = parts.teams().overview(team.id());
        add(new H1(getTranslation("team.heading")),
                new Paragraph(overview.questionnaire().title().in(language)));
        if (access.coordinatorLink() != null) {
            add(new CopyableLink(getTranslation("team.coordinator-link"), getTranslation("team.coordinator-link.help"),
                    parts.address().of(access.coordinatorLink())));
        }
        Anchor profile = new Anchor(access.profileLocation(), getTranslation("team.profile.edit"));
        profile.addClassName("edit-profile");
        live.addClassName("team-live");
        inviteForm = new InviteForm(parts, team.id(), overview.questionnaire(), language, this::refresh);
        // What a workshop watches comes first: who has sent their answers and what they add up to.
        add(live, inviteForm, new JoinLinkSection(parts, team), new ProfileSummary(overview, language, profile));
        fill(overview);
    }

    /** Reads the team again and shows who takes part and the result so far. */
    void refresh() {
        fill(parts.teams().overview(team.id()));
    }

    private void fill(TeamOverview overview) {
        live.removeAll();
        live.add(new MembersSection(parts, overview, language, inviteForm::showLink),
                new TeamResultSection(overview, parts.wording(), language));
        if (overview.evaluation().isPresent()) {
            live.add(new TeamDownloads(parts, team.id(), language));
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        ui.getPushConfiguration().setTransport(Transport.WEBSOCKET_XHR);
        ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
        // The team is read on the watch's thread, so that the page's session stays free for its user meanwhile.
        watching = parts.watch().watch(team.id(), () -> {
            TeamOverview overview = parts.teams().overview(team.id());
            ui.access(() -> fill(overview));
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (watching != null) {
            try {
                watching.close();
            } catch (Exception e) {
                log.debug("Could not stop watching team {}", team.id(), e);
            }
            watching = null;
        }
        detachEvent.getUI().getPushConfiguration().setPushMode(PushMode.DISABLED);
    }
}
