package org.readiness.team.ui;

import com.vaadin.flow.component.Component;
import org.readiness.assessment.ui.Journey;

/** The ways through the wizard a team asks for, for whichever page opens them. */
public final class TeamJourneys {

    private TeamJourneys() {
    }

    /** The company profile, answered once for the team; {@code teamPage} is where finishing it leads. */
    public static Journey profile(Component ui, String teamPage) {
        return new Journey(ui.getTranslation("team.profile.notice"), null, "team.profile.done", teamPage);
    }
}
