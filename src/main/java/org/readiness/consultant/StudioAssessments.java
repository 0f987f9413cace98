package org.readiness.consultant;

import org.readiness.assessment.AssessmentService;
import org.readiness.assessment.OpenAssessment;
import org.readiness.studio.AssessmentsInReach;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * What the studio may show of stored assessments: a consultant's own clients', through {@link ClientService}'s own
 * checks; an administrator's, every finished one (merchants' self-assessments too).
 */
@Component
class StudioAssessments implements AssessmentsInReach {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneId.systemDefault());

    private final ClientService clients;
    private final AssessmentService assessments;
    private final CurrentUser currentUser;

    StudioAssessments(ClientService clients, AssessmentService assessments, CurrentUser currentUser) {
        this.clients = clients;
        this.assessments = assessments;
        this.currentUser = currentUser;
    }

    @Override
    public List<Reached> finished(String questionnaireId) {
        if (currentUser.require().role() == Role.ADMIN) {
            return assessments.finishedOf(questionnaireId).stream().map(this::labelled).toList();
        }
        return all().stream().filter(reached -> reached.assessment().isFinished()
                && reached.assessment().questionnaire().id().equals(questionnaireId)).toList();
    }

    @Override
    public List<Reached> all() {
        List<Reached> reached = new ArrayList<>();
        for (Client client : clients.search("")) {
            assessments.ofClient(client.id()).forEach(assessment -> reached.add(new Reached(assessment,
                    client.organisation() + ", " + DATE.format(assessment.createdAt()))));
        }
        return reached;
    }

    private Reached labelled(OpenAssessment assessment) {
        String who = assessment.organisation() == null ? "#" + assessment.id() : assessment.organisation();
        return new Reached(assessment, who + ", " + DATE.format(assessment.createdAt()));
    }
}
