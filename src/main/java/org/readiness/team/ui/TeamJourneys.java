package org.readiness.team.ui;

import com.vaadin.flow.component.UI;
import org.readiness.assessment.ui.Journey;
import org.readiness.base.ui.Languages;

/** The ways through the wizard a team asks for, for whichever page opens them. */
public final class TeamJourneys {

    private TeamJourneys() {
    }

    /** The company profile, answered once for the team; {@code teamPage} is where finishing it leads. */
    public static Journey profile(String teamPage) {
        return new Journey(language -> words(language, "team.profile.notice"), null, "team.profile.done", teamPage);
    }

    /** A translation in the given language, for words a journey shows on whichever page it is on. */
    static String words(String language, String key, Object... arguments) {
        return UI.getCurrent().getTranslation(Languages.locale(language), key, arguments);
    }
}
