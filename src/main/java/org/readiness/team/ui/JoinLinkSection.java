package org.readiness.team.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.readiness.base.ui.CopyableLink;
import org.readiness.team.Team;

/**
 * The workshop room's join link and its QR code, for a projector: whoever opens it picks a role and answers on their
 * own device. The coordinator closes it when everyone is in; people already answering finish all the same.
 */
class JoinLinkSection extends Section {

    private final TeamPageParts parts;
    private final Team team;
    private final String link;
    private final Div content = new Div();
    private boolean open;

    JoinLinkSection(TeamPageParts parts, Team team) {
        this.parts = parts;
        this.team = team;
        this.link = parts.address().of(TeamJoinView.PATH + team.joinToken());
        this.open = team.joinOpen();
        addClassName("team-join");
        add(new H2(getTranslation("team.join.heading")), content);
        render();
    }

    private void render() {
        content.removeAll();
        Paragraph state = new Paragraph(getTranslation(open ? "team.join.open" : "team.join.closed"));
        state.getElement().setAttribute("role", "status");
        content.add(state);
        if (open) {
            Svg qr = new Svg(QrCodeSvg.of(link, getTranslation("team.join.qr")));
            qr.addClassName("team-qr");
            content.add(new CopyableLink(getTranslation("team.join.link"), getTranslation("team.join.link-help"), link),
                    qr);
        }
        content.add(new Button(getTranslation(open ? "team.join.close" : "team.join.reopen"), click -> {
            open = !open;
            parts.teams().setJoinOpen(team.id(), open);
            render();
        }));
    }
}
