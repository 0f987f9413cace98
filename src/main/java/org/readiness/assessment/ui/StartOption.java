package org.readiness.assessment.ui;

import com.vaadin.flow.component.Component;

import java.util.function.Supplier;

/**
 * Another way to begin, offered on the start page by another feature (the team assessment, for one) as a Spring
 * bean, so the start page needs to know nothing of it.
 */
public interface StartOption {

    /** @param questionnaire the id of the questionnaire chosen on the page at the moment the option is used */
    Component create(Supplier<String> questionnaire, String language);
}
