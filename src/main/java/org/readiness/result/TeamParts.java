package org.readiness.result;

import org.readiness.merge.AnswerGroup;
import org.readiness.merge.Disagreement;
import org.readiness.merge.MergedQuestion;
import org.readiness.merge.Respondent;
import org.readiness.merge.TeamEvaluation;
import org.readiness.questionnaire.Question;
import org.readiness.words.Words;

import java.util.List;

/** What only a team's result has, in words. */
final class TeamParts {

    private TeamParts() {
    }

    static TeamPart of(TeamEvaluation team, People people, Words words) {
        List<TeamPart.RoleRow> roles = team.questionnaire().roles().stream()
                .filter(role -> team.roleByArea().containsKey(role.id()))
                .map(role -> new TeamPart.RoleRow(role.id(), people.role(role.id()), team.roleByArea().get(role.id())))
                .toList();
        List<TeamPart.ProfileTalk> profile = team.profileDifferences().stream()
                .map(difference -> new TeamPart.ProfileTalk(difference.question().id(),
                        difference.groups().get(0).answer(), groups(difference.question(),
                        difference.groups().subList(1, difference.groups().size()), people)))
                .toList();
        return new TeamPart(team, team.respondents().stream().map(people::of).toList(), team.isOneView(),
                words.get("scorecard.team.respondents", team.respondents().size()), roles,
                team.disagreements().stream().map(each -> talk(each, people, words)).toList(), profile);
    }

    private static TeamPart.Talk talk(Disagreement disagreement, People people, Words words) {
        MergedQuestion question = disagreement.question();
        return new TeamPart.Talk(question.question().id(), question.question().text().in(words.language()),
                question.spread(), question.team().reachable(), Math.round(disagreement.pointsAtStake() * 100) / 100.0,
                people.whoAnsweredWhat(question.question(), question.groups()),
                groups(question.question(), question.groups(), people));
    }

    private static List<TeamPart.Group> groups(Question question, List<AnswerGroup> groups, People people) {
        return groups.stream().map(group -> new TeamPart.Group(group.answer(), people.answer(question, group),
                group.points(), group.respondents().stream().map(Respondent::id).toList())).toList();
    }
}
