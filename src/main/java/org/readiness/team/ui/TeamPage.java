package org.readiness.team.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import org.jspecify.annotations.Nullable;
import org.readiness.base.ui.CopyableLink;
import org.readiness.base.ui.Languages;
import org.readiness.team.Team;
import org.readiness.team.TeamOverview;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A team assessment's page, for its coordinator and for the consultant whose client it is. Who takes part, the room's
 * state and the result update by themselves while people answer: the page turns on Vaadin Push (a WebSocket, falling
 * back to long polling) while it is open, and the team watch tells it of every change within half a second, whichever
 * server the answers went to. The invitation form and the personal links made here stay as they are, so nothing
 * typed or shown once is lost; the language menu changes every word at once.
 */
public class TeamPage extends Div implements LocaleChangeObserver {

    private static final Logger log = LoggerFactory.getLogger(TeamPage.class);

    /**
     * How this page was reached: the coordinator's own link (none for a consultant, who comes by their client), where
     * the company profile is changed, where the presenter view is, and the client's name if it is a client's team.
     */
    public record Access(@Nullable String coordinatorLink, String profileLocation, String presenterLocation,
                         @Nullable String clientName) {
    }

    private final TeamPageParts parts;
    private final Access access;
    private final Div header = new Div();
    private final Div live = new Div();
    private final Div result = new Div();
    private final OverviewReads reads = new OverviewReads();
    private final PersonalLinks links;
    private final InviteForm inviteForm;
    private final JoinLinkSection joinLink;
    private Team team;
    private @Nullable TeamOverview shown;
    private @Nullable TeamOverview resultShown;
    private @Nullable MembersSection members;
    private String language;
    private @Nullable AutoCloseable watching;

    public TeamPage(TeamPageParts parts, Team team, Access access, String language) {
        this.parts = parts;
        this.team = team;
        this.access = access;
        this.language = language;
        addClassName("team-page");
        OverviewReads.Read first = reads.read(parts.teams(), team.id());
        TeamOverview overview = first.overview();
        links = new PersonalLinks(overview.questionnaire(), language);
        inviteForm = new InviteForm(parts, team, overview.questionnaire(), language, links, this::refresh);
        joinLink = new JoinLinkSection(parts, team);
        live.addClassName("team-live");
        // What a workshop watches comes first: the room, and who has sent their answers; the result after the tools.
        add(header, live, links, inviteForm, joinLink, result);
        showPeople(first);
        showResult(first);
    }

    /** Reads the team again and shows who takes part and the result so far. */
    void refresh() {
        OverviewReads.Read read = reads.read(parts.teams(), team.id());
        showPeople(read);
        showResult(read);
    }

    /**
     * Shows who takes part and the room from a read, unless a later one is on the page, or this very picture is: the
     * watch reads the team again after the page's own change, and building the same sections anew would swap the
     * buttons under a user's pointer. Only the sections whose part of the team changed are made anew.
     */
    private void showPeople(OverviewReads.Read read) {
        TeamOverview overview = read.overview();
        if (!reads.isNewest(read) || overview.equals(shown)) {
            return;
        }
        TeamOverview before = shown;
        shown = overview;
        team = overview.team();
        if (before == null || ShownParts.headerChanged(before, overview)) {
            fillHeader(overview);
        }
        if (before == null || ShownParts.roomChanged(before, overview) || members == null
                || !members.update(overview)) {
            members = new MembersSection(parts, overview, language, links, this::refresh);
            live.removeAll();
            live.add(new RoomSection(parts, team, access.presenterLocation(), this::refresh), members);
        }
    }

    /**
     * Shows the result of the read on the page, if it changed: the merge of those who sent, the costliest section to
     * make and to send, changes only when someone sends or takes back.
     */
    private void showResult(OverviewReads.Read read) {
        if (reads.isLatestShown(read)
                && (resultShown == null || ShownParts.resultChanged(resultShown, read.overview()))) {
            fillResult(read.overview());
        }
    }

    private void fillHeader(TeamOverview overview) {
        header.removeAll();
        header.add(new H1(access.clientName() == null ? getTranslation("team.heading")
                : getTranslation("team.heading-client", access.clientName())),
                new Paragraph(overview.questionnaire().title().in(language)));
        if (team.anonymous()) {
            Paragraph anonymous = new Paragraph(getTranslation("team.anonymous.note"));
            anonymous.addClassName("team-note");
            header.add(anonymous);
        }
        if (access.coordinatorLink() != null) {
            header.add(new CopyableLink(getTranslation("team.coordinator-link"),
                    getTranslation("team.coordinator-link.help"), parts.address().of(access.coordinatorLink())));
        }
    }

    private void fillResult(TeamOverview overview) {
        resultShown = overview;
        result.removeAll();
        result.add(new TeamResultSection(overview, parts.wording(), language));
        if (overview.evaluation().isPresent()) {
            result.add(new TeamDownloads(parts, overview.team().id(), language));
        }
        Anchor profile = new Anchor(access.profileLocation(), getTranslation("team.profile.edit"));
        profile.addClassName("edit-profile");
        profile.setVisible(!overview.team().isLocked());
        result.add(new ProfileSummary(overview, language, profile));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        String changed = Languages.of(event.getLocale());
        if (!changed.equals(language)) {
            language = changed;
            links.localise(language);
            inviteForm.localise(language);
            joinLink.render();
            shown = null;
            resultShown = null;
            refresh();
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        ui.getPushConfiguration().setTransport(Transport.WEBSOCKET_XHR);
        ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
        // The team is read on the watch's thread, so that the page's session stays free for its user meanwhile. Who
        // sent shows in a push of its own, before the result is made and sent.
        watching = parts.watch().watch(team.id(), () -> {
            OverviewReads.Read read = reads.read(parts.teams(), team.id());
            ui.access(() -> showPeople(read));
            ui.access(() -> showResult(read));
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopWatching(watching, team.id());
        watching = null;
        detachEvent.getUI().getPushConfiguration().setPushMode(PushMode.DISABLED);
    }

    static void stopWatching(@Nullable AutoCloseable watching, long teamId) {
        if (watching != null) {
            try {
                watching.close();
            } catch (Exception e) {
                log.debug("Could not stop watching team {}", teamId, e);
            }
        }
    }
}
