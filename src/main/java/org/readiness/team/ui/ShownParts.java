package org.readiness.team.ui;

import org.readiness.team.TeamOverview;

/**
 * Which parts of the team page a later read of the team changes, compared with the read on the page: each section
 * is made from its own part of the team, so the others stay as they are.
 */
final class ShownParts {

    private ShownParts() {
    }

    /** The heading: the questionnaire's title and whether the team is anonymous. */
    static boolean headerChanged(TeamOverview before, TeamOverview now) {
        return before.team().anonymous() != now.team().anonymous()
                || !before.questionnaire().equals(now.questionnaire());
    }

    /**
     * The room and the frame of who takes part: the team's state (locked, revealed) and its questionnaire. The rows
     * of who takes part follow each respondent ({@link MembersSection#update}).
     */
    static boolean roomChanged(TeamOverview before, TeamOverview now) {
        return !before.team().equals(now.team()) || !before.questionnaire().equals(now.questionnaire());
    }

    /**
     * The result, the downloads and the company profile: the merge of those who sent, the notes on deleted answers and
     * other versions, the profile, and whether the team is locked (the profile's link hides then).
     */
    static boolean resultChanged(TeamOverview before, TeamOverview now) {
        return !before.team().equals(now.team()) || !before.evaluation().equals(now.evaluation())
                || !before.profile().equals(now.profile()) || before.deleted() != now.deleted()
                || !before.otherVersions().equals(now.otherVersions())
                || !before.questionnaire().equals(now.questionnaire());
    }
}
