package org.readiness.assessment.ui;

import com.vaadin.flow.component.Component;

import java.util.Optional;

/**
 * Something another feature adds to the result page (the plan made from the result, for one), offered as a Spring
 * bean, so the result page needs to know nothing of it.
 */
public interface ResultAddition {

    /**
     * @param token     the token of the resume link the page shows (a merchant's own result), if it shows one
     * @param interview whether a consultant is looking at their client's interview
     */
    Optional<Component> create(long assessmentId, Optional<String> token, boolean interview);
}
