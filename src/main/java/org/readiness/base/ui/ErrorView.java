package org.readiness.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page that failed to open: a plain sentence in the user's language, never the exception (Vaadin's own error page
 * names its class and message). The exception goes to the log.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ErrorView extends Div implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        addClassName("message-page");
        add(new H1(getTranslation("error.page.heading")));
        if (DatabaseOutage.caused(parameter.getException())) {
            log.warn("Could not open {}: the database could not be reached: {}", event.getLocation().getPath(),
                    parameter.getException().toString());
            add(new Paragraph(getTranslation("error.database")),
                    new Anchor(event.getLocation().getPathWithQueryParameters(), getTranslation("error.database.retry")));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        log.error("Could not open {}", event.getLocation().getPath(), parameter.getException());
        add(new Paragraph(getTranslation("error.unexpected")), new Anchor("", getTranslation("error.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.page.page-title");
    }
}
