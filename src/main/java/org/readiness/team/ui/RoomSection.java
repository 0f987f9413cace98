package org.readiness.team.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.readiness.team.Team;

/**
 * The workshop in the room: the presenter view for the wall screen, and the coordinator's hand on it. Locking stops
 * every send and change (and late joiners), so the room discusses one fixed picture; revealing shows it on the
 * presenter view, only while locked; unlocking lets people change their answers again and hides the result.
 */
class RoomSection extends Section {

    RoomSection(TeamPageParts parts, Team team, String presenterLocation, Runnable changed) {
        addClassName("team-room");
        add(new H2(getTranslation("team.room.heading")));
        Paragraph state = new Paragraph(getTranslation(team.isRevealed() ? "team.room.revealed"
                : team.isLocked() ? "team.room.locked" : "team.room.open"));
        state.addClassName("team-room-state");
        state.getElement().setAttribute("role", "status");
        Anchor presenter = new Anchor(presenterLocation, getTranslation("team.room.presenter"));
        presenter.setTarget(AnchorTarget.BLANK);
        presenter.addClassName("presenter-link");
        Div buttons = new Div(presenter);
        buttons.addClassName("toolbar");
        if (team.isLocked()) {
            if (!team.isRevealed()) {
                Button reveal = new Button(getTranslation("team.room.reveal"), click -> {
                    parts.teams().reveal(team.id());
                    changed.run();
                });
                reveal.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                buttons.add(reveal);
            }
            buttons.add(new Button(getTranslation("team.room.unlock"), click -> {
                parts.teams().unlock(team.id());
                changed.run();
            }));
        } else {
            Button lock = new Button(getTranslation("team.room.lock"), click -> {
                parts.teams().lock(team.id());
                changed.run();
            });
            buttons.add(lock);
        }
        add(new Paragraph(getTranslation("team.room.intro")), state, buttons);
    }
}
