package org.readiness.consultant.ui;

import com.vaadin.flow.component.Component;
import org.readiness.assessment.AssessmentResult;
import org.readiness.consultant.Client;

import java.util.List;
import java.util.Optional;

/**
 * A section another feature adds to a client's page (the client's plans, for one), offered as a Spring bean, so the
 * client's page needs to know nothing of it.
 */
public interface ClientPageAddition {

    /** @param assessments the client's assessments, newest first */
    Optional<Component> create(Client client, List<AssessmentResult> assessments);
}
