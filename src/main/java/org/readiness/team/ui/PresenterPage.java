package org.readiness.team.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import org.jspecify.annotations.Nullable;
import org.readiness.base.ui.Languages;
import org.readiness.team.JoinCode;
import org.readiness.team.Team;
import org.readiness.team.TeamOverview;

/**
 * The team on a wall screen: large type, nothing to manage. Before the reveal, how to join (the QR code, a third of
 * the screen's height or more, the address to type and the short code) and how many have sent; once the coordinator
 * has locked the team and revealed the result, the team's scores, the chart and "Talk about this", one question at a
 * time, moved by the arrow keys (or a presenter's clicker: page up and down) or the buttons. Updates by push.
 */
public class PresenterPage extends Main implements LocaleChangeObserver {

    private final TeamPageParts parts;
    private final long teamId;
    private final Div content = new Div();
    private final PresenterTalk talk;
    private final OverviewReads reads = new OverviewReads();
    private String language;
    private @Nullable AutoCloseable watching;

    public PresenterPage(TeamPageParts parts, Team team, String language) {
        this.parts = parts;
        this.teamId = team.id();
        this.language = language;
        this.talk = new PresenterTalk(team.anonymous());
        addClassName("presenter");
        setId("content");
        content.addClassName("presenter-content");
        add(content);
        show(reads.read(parts.teams(), teamId));
        Shortcuts.addShortcutListener(this, () -> talk.move(1), Key.ARROW_RIGHT);
        Shortcuts.addShortcutListener(this, () -> talk.move(1), Key.PAGE_DOWN);
        Shortcuts.addShortcutListener(this, () -> talk.move(-1), Key.ARROW_LEFT);
        Shortcuts.addShortcutListener(this, () -> talk.move(-1), Key.PAGE_UP);
    }

    private void show(OverviewReads.Read read) {
        if (reads.isNewest(read)) {
            fill(read.overview());
        }
    }

    private void fill(TeamOverview overview) {
        content.removeAll();
        Button fullScreen = new Button(getTranslation("team.present.full-screen"), click -> getElement()
                .executeJs("if (!document.fullscreenElement) { document.documentElement.requestFullscreen(); }"
                        + " else { document.exitFullscreen(); }"));
        fullScreen.addClassName("presenter-full-screen");
        H1 heading = new H1(overview.questionnaire().title().in(language));
        Div top = new Div(heading, fullScreen);
        top.addClassName("presenter-top");
        content.add(top);
        Team team = overview.team();
        if (team.isRevealed() && overview.evaluation().isPresent()) {
            Div revealed = new Div(new PresenterResult(parts.wording().ofTeam(overview.evaluation().get(), language,
                    overview.profile().organisation())), talk);
            revealed.addClassName("presenter-revealed");
            content.add(revealed);
            talk.show(overview.evaluation().get(), overview.questionnaire(), language);
        } else {
            content.add(joining(overview));
        }
    }

    private Div joining(TeamOverview overview) {
        Team team = overview.team();
        Div join = new Div();
        join.addClassName("presenter-join");
        Div words = new Div();
        words.addClassName("presenter-words");
        if (team.letsPeopleIn()) {
            String link = parts.address().of(TeamJoinView.PATH + team.joinToken());
            JoinLinkSection.qrCode(this, link).ifPresentOrElse(qr -> {
                qr.addClassName("presenter-qr");
                join.add(qr);
            }, () -> words.add(JoinLinkSection.tooLongForQr(this, link)));
            words.add(line("team.present.scan", "presenter-step"),
                    text(parts.address().of(JoinByCodeView.PATH), "presenter-address"),
                    line("team.present.type-code", "presenter-step"),
                    text(JoinCode.shown(parts.teams().joinCode(team.id())), "presenter-code"));
        } else {
            words.add(line(team.isLocked() ? "team.present.locked" : "team.present.closed", "presenter-step"));
        }
        Paragraph count = MembersSection.count(this, overview);
        count.addClassName("presenter-count");
        words.add(count);
        join.add(words);
        return join;
    }

    private Paragraph line(String key, String className) {
        return text(getTranslation(key), className);
    }

    private static Paragraph text(String text, String className) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName(className);
        return paragraph;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        language = Languages.of(event.getLocale());
        event.getUI().getElement().setAttribute("lang", language);
        event.getUI().getPage().executeJs("document.documentElement.lang = $0", language);
        show(reads.read(parts.teams(), teamId));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        ui.getPushConfiguration().setTransport(Transport.WEBSOCKET_XHR);
        ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
        watching = parts.watch().watch(teamId, () -> {
            OverviewReads.Read read = reads.read(parts.teams(), teamId);
            ui.access(() -> show(read));
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        TeamPage.stopWatching(watching, teamId);
        watching = null;
        detachEvent.getUI().getPushConfiguration().setPushMode(PushMode.DISABLED);
    }
}
