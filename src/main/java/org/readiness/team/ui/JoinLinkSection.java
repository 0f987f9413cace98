package org.readiness.team.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.readiness.base.ui.CopyableLink;
import org.readiness.team.JoinCode;
import org.readiness.team.Team;

import java.util.Optional;

/**
 * The workshop room's join link, its QR code and its short code, for a projector: whoever opens it picks a role and
 * answers on their own device. The coordinator closes it when everyone is in; people already answering finish all
 * the same. Says so when phones in the room could not reach the link, or when it is too long for a QR code.
 */
class JoinLinkSection extends Section {

    private final TeamPageParts parts;
    private final Team team;
    private final String link;
    private final String code;
    private final boolean unreachable;
    private final Div content = new Div();
    private boolean open;

    JoinLinkSection(TeamPageParts parts, Team team) {
        this.parts = parts;
        this.team = team;
        this.link = parts.address().of(TeamJoinView.PATH + team.joinToken());
        this.code = JoinCode.shown(parts.teams().joinCode(team.id()));
        this.unreachable = parts.address().unreachableFromPhones();
        this.open = team.joinOpen();
        addClassName("team-join");
        add(content);
        render();
    }

    /** Renders the section again in the page's language. */
    void render() {
        content.removeAll();
        content.add(new H2(getTranslation("team.join.heading")));
        Paragraph state = new Paragraph(getTranslation(open ? "team.join.open" : "team.join.closed"));
        state.getElement().setAttribute("role", "status");
        content.add(state);
        if (open) {
            content.add(new CopyableLink(getTranslation("team.join.link"), getTranslation("team.join.link-help"),
                    link));
            Paragraph typed = new Paragraph(getTranslation("team.join.code", parts.address().of(JoinByCodeView.PATH),
                    code));
            typed.addClassName("team-join-code");
            content.add(typed);
            qrCode(this, link).ifPresentOrElse(content::add, () -> content.add(tooLongForQr(this, link)));
            if (unreachable) {
                content.add(localhostWarning(this));
            }
        }
        content.add(new Button(getTranslation(open ? "team.join.close" : "team.join.reopen"), click -> {
            open = !open;
            parts.invitations().setJoinOpen(team.id(), open);
            render();
        }));
    }

    static Optional<Svg> qrCode(com.vaadin.flow.component.Component ui, String link) {
        return QrCodeSvg.of(link, ui.getTranslation("team.join.qr")).map(svg -> {
            Svg qr = new Svg(svg);
            qr.addClassName("team-qr");
            return qr;
        });
    }

    static Paragraph tooLongForQr(com.vaadin.flow.component.Component ui, String link) {
        Paragraph why = new Paragraph(ui.getTranslation("team.join.qr-too-long", link.length()));
        why.addClassName("team-note");
        return why;
    }

    static Paragraph localhostWarning(com.vaadin.flow.component.Component ui) {
        Paragraph warning = new Paragraph(ui.getTranslation("team.join.localhost"));
        warning.addClassName("team-note");
        warning.addClassName("team-localhost");
        return warning;
    }
}
