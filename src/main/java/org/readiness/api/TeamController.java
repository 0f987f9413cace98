package org.readiness.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jspecify.annotations.Nullable;
import org.readiness.assessment.ResultWording;
import org.readiness.assessment.ResumeToken;
import org.readiness.merge.Respondent;
import org.readiness.merge.TeamEvaluation;
import org.readiness.merge.TeamMerge;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.Role;
import org.readiness.questionnaire.answer.Answer;
import org.readiness.questionnaire.answer.AnswerProblem;
import org.readiness.questionnaire.answer.AnswerScope;
import org.readiness.questionnaire.answer.Answers;
import org.readiness.questionnaire.file.QuestionnaireCatalog;
import org.readiness.scorecard.ScoreCards;
import jakarta.servlet.http.HttpServletRequest;
import org.readiness.team.Invitation;
import org.readiness.team.Invitations;
import org.readiness.team.JoinCode;
import org.readiness.team.StartedTeam;
import org.readiness.team.TeamOverview;
import org.readiness.team.TeamProblem;
import org.readiness.team.TeamService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Team assessments for integrations: start one with its company profile and invitations, read its merged result by
 * the coordinator's token, and merge several respondents' answers without storing anything.
 */
@RestController
class TeamController {

    private final QuestionnaireCatalog catalog;
    private final TeamService teams;
    private final PublicLinks links;
    private final ResultWording wording;
    private final EvaluationTurns turns;
    private final TeamRequestReader requests;
    private final ObjectMapper json;

    TeamController(QuestionnaireCatalog catalog, TeamService teams, PublicLinks links, ResultWording wording,
                   EvaluationTurns turns, TeamRequestReader requests, ObjectMapper json) {
        this.catalog = catalog;
        this.teams = teams;
        this.links = links;
        this.wording = wording;
        this.turns = turns;
        this.requests = requests;
        this.json = json;
    }

    /**
     * The merged evaluation of the respondents in the body; nothing is stored. The body is read, evaluated and
     * written out in a turn of its own ({@link EvaluationTurns}), so that only a few are held in memory at once.
     */
    @PostMapping(path = "/api/questionnaires/{id}/evaluate-team", consumes = "application/json",
            produces = "application/json")
    ResponseEntity<byte[]> evaluateTeam(@PathVariable String id, @RequestParam(required = false) String lang,
                                        InputStream body) throws JsonProcessingException {
        Questionnaire questionnaire = teamQuestionnaire(id);
        String language = RequestLanguage.of(questionnaire, lang);
        try (EvaluationTurns.Turn turn = turns.take()) {
            Map<String, Object> evaluated = evaluateTeam(questionnaire, language, requests.read(body));
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsBytes(evaluated));
        }
    }

    private Map<String, Object> evaluateTeam(Questionnaire questionnaire, String language, TeamRequest request) {
        if (request.respondents() == null || request.respondents().isEmpty()) {
            throw new ApiProblems.NoRespondents();
        }
        List<AnswerProblem> problems = new ArrayList<>();
        List<Respondent> respondents = new ArrayList<>();
        Map<String, Answer> profile = new LinkedHashMap<>();
        for (int i = 0; i < request.respondents().size(); i++) {
            RespondentRequest given = request.respondents().get(i);
            String role = knownRole(questionnaire, given.role());
            List<AnswerProblem> own = new ArrayList<>();
            Answers answers = AnswersRequest.read(questionnaire, given.answers() == null ? Map.of() : given.answers(),
                    AnswerScope.role(role), own);
            int number = i + 1;
            own.forEach(problem -> problems.add(AnswerProblem.ofRespondent(number, role, problem)));
            respondents.add(new Respondent(String.valueOf(i + 1), role, given.name(), answers));
            answers.asMap().forEach((questionId, answer) -> questionnaire.question(questionId)
                    .filter(question -> AnswerScope.PROFILE.asks(questionnaire, question))
                    .ifPresent(question -> profile.putIfAbsent(questionId, answer)));
        }
        problems.addAll(missingProfile(questionnaire, Answers.of(profile)));
        if (!problems.isEmpty()) {
            throw new ApiProblems.InvalidAnswers(problems);
        }
        TeamEvaluation team = TeamMerge.of(questionnaire, Answers.of(profile), respondents).orElseThrow();
        return ScoreCards.document(wording.ofTeam(team, language, null));
    }

    /**
     * Starts a team with its company profile answered and its invitations; the links are handed out only here. An
     * address starts at most {@code readiness.team.new-teams-per-hour} teams an hour, a team takes at most
     * {@code readiness.team.invitations-per-hour} invitations an hour: past either, 429 and nothing is stored.
     */
    @PostMapping(path = "/api/team-assessments", consumes = "application/json", produces = "application/json")
    ResponseEntity<Map<String, Object>> create(@RequestBody @Nullable CreateTeamRequest request,
                                               HttpServletRequest http) {
        if (request == null || request.questionnaire() == null) {
            throw new ApiProblems.InvalidInvitation("The body needs the questionnaire's id: {\"questionnaire\": \"...\"}.");
        }
        Questionnaire questionnaire = teamQuestionnaire(request.questionnaire());
        String language = RequestLanguage.of(questionnaire, request.language());
        List<AnswerProblem> problems = new ArrayList<>();
        Answers profile = AnswersRequest.read(questionnaire, request.profile() == null ? Map.of() : request.profile(),
                AnswerScope.PROFILE, problems);
        if (!problems.isEmpty()) {
            throw new ApiProblems.InvalidAnswers(problems);
        }
        List<InvitationRequest> invitations = request.invitations() == null ? List.of() : request.invitations();
        invitations.forEach(invitation -> knownRole(questionnaire, invitation.role()));
        StartedTeam started;
        List<Invitation> invited;
        try {
            TeamService.SetUp created = teams.setUp(new TeamService.NewTeam(questionnaire.id(), language,
                            Boolean.TRUE.equals(request.anonymous()), null, null, request.organisation(),
                            http.getRemoteAddr()), profile,
                    invitations.stream().map(each -> new Invitations.Invitee(each.role(), each.name(), each.email()))
                            .toList());
            started = created.team();
            invited = created.invitations();
        } catch (TeamProblem problem) {
            throw new ApiProblems.InvalidInvitation(switch (problem.kind()) {
                case NAME_TOO_LONG -> "A name may be at most " + Invitations.NAME_LIMIT + " characters.";
                case EMAIL_INVALID -> "An email address is not valid.";
                case UNKNOWN_ROLE -> "A role is not one of the questionnaire's.";
                case LOCKED -> "The team is locked.";
            });
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("coordinatorToken", started.coordinatorToken().value());
        body.put("coordinatorLink", links.of("team/" + started.coordinatorToken().value()));
        body.put("joinLink", links.of("team/join/" + started.joinToken().value()));
        body.put("joinCode", JoinCode.shown(started.team().joinCode()));
        body.put("anonymous", started.team().anonymous());
        body.put("invitations", invited.stream().map(each -> JsonMap.of("role", each.member().roleId(),
                "name", each.member().name(), "link", links.of("team/answer/" + each.token().value()),
                "emailed", each.emailed())).toList());
        return ResponseEntity.status(HttpStatus.CREATED).header(HttpHeaders.CACHE_CONTROL, "no-store").body(body);
    }

    /** The team's members and merged result so far, by the coordinator's token. */
    @GetMapping(path = "/api/team-assessments/{token}", produces = "application/json")
    ResponseEntity<Map<String, Object>> get(@PathVariable String token, @RequestParam(required = false) String lang) {
        long teamId = ResumeToken.parse(token).flatMap(teams::byCoordinatorLink)
                .orElseThrow(ApiProblems.UnknownTeam::new).id();
        TeamOverview overview = teams.overview(teamId);
        String language = RequestLanguage.of(overview.questionnaire(), lang);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("members", overview.members().stream().map(member -> JsonMap.of("role", member.roleId(),
                "name", member.name(), "state", member.state().name().toLowerCase(java.util.Locale.ROOT),
                "questionnaireVersion", member.questionnaireVersion(), "takenBack", member.takenBack())).toList());
        body.put("locked", overview.team().isLocked());
        body.put("revealed", overview.team().isRevealed());
        body.put("result", overview.evaluation().map(team -> ScoreCards.document(wording.ofTeam(team, language,
                overview.profile().organisation()))).orElse(null));
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").header("Referrer-Policy", "no-referrer")
                .body(body);
    }

    private Questionnaire teamQuestionnaire(String id) {
        Questionnaire questionnaire = catalog.find(id).orElseThrow(() -> new ApiProblems.UnknownQuestionnaire(id));
        if (questionnaire.roles().isEmpty()) {
            throw new ApiProblems.NoRoles(id);
        }
        return questionnaire;
    }

    private static String knownRole(Questionnaire questionnaire, @Nullable String role) {
        if (role == null || questionnaire.role(role).isEmpty()) {
            throw new ApiProblems.UnknownRole(String.valueOf(role),
                    questionnaire.roles().stream().map(Role::id).toList());
        }
        return role;
    }

    private static List<AnswerProblem> missingProfile(Questionnaire questionnaire, Answers profile) {
        List<AnswerProblem> missing = new ArrayList<>();
        for (Question question : questionnaire.questions()) {
            if (question.required() && AnswerScope.PROFILE.asks(questionnaire, question) && !profile.has(question.id())) {
                missing.add(AnswerProblem.detailed(question.id(), AnswerProblem.Kind.MISSING_REQUIRED, "profile",
                        question.id()));
            }
        }
        return missing;
    }

    record TeamRequest(@Nullable List<RespondentRequest> respondents) {
    }

    record RespondentRequest(@Nullable String role, @Nullable String name, @Nullable Map<String, JsonNode> answers) {
    }

    record CreateTeamRequest(@Nullable String questionnaire, @Nullable String language, @Nullable String organisation,
                             @Nullable Map<String, JsonNode> profile, @Nullable List<InvitationRequest> invitations,
                             @Nullable Boolean anonymous) {
    }

    record InvitationRequest(@Nullable String role, @Nullable String name, @Nullable String email) {
    }
}
