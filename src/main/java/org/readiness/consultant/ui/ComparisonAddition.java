package org.readiness.consultant.ui;

import com.vaadin.flow.component.Component;

import java.util.Optional;

/**
 * A section another feature adds to the comparison of two of a client's assessments (whether the planned actions
 * done between them moved their answers, for one), offered as a Spring bean. Access is checked before it is asked.
 */
public interface ComparisonAddition {

    Optional<Component> create(long beforeAssessmentId, long afterAssessmentId);
}
