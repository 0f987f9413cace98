package org.readiness.team.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.readiness.base.ui.CopyableLink;
import org.readiness.team.Team;
import org.readiness.team.TeamService;

/**
 * The workshop room's join link and its QR code, for a projector: whoever opens it picks a role and answers on their
 * own device. The coordinator closes it when everyone is in; people already answering finish all the same.
 */
class JoinLinkSection extends Section {

    private final TeamService teams;
    private final Team team;
    private final Div content = new Div();
    private boolean open;

    JoinLinkSection(TeamService teams, Team team, String language) {
        this.teams = teams;
        this.team = team;
        this.open = team.joinOpen();
        addClassName("team-join");
        add(new H2(getTranslation("team.join.heading")), content);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().fetchCurrentURL(url -> render(CopyableLink.absolute(url, path())));
    }

    private String path() {
        return TeamJoinView.PATH + team.joinToken();
    }

    private void render(String link) {
        content.removeAll();
        Paragraph state = new Paragraph(getTranslation(open ? "team.join.open" : "team.join.closed"));
        state.getElement().setAttribute("role", "status");
        Button toggle = new Button(getTranslation(open ? "team.join.close" : "team.join.reopen"), click -> {
            open = !open;
            teams.setJoinOpen(team.id(), open);
            render(link);
        });
        content.add(state);
        if (open) {
            Svg qr = new Svg(QrCodeSvg.of(link, getTranslation("team.join.qr")));
            qr.addClassName("team-qr");
            content.add(new CopyableLink(getTranslation("team.join.link"), getTranslation("team.join.link-help"),
                    path()), qr);
        }
        content.add(toggle);
    }
}
