package org.readiness.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

/**
 * An address no page has answers 404, not 200: the page itself (the not-found page) is the same, but a crawler, a
 * link checker or a probe learns the truth from the status. The pages are drawn after the browser has the HTML, so
 * only the route decides here; a page that finds its link's token unknown says so on the page.
 */
@Component
class NotFoundStatus implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            VaadinRequest request = page.getVaadinRequest();
            String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
            if (request.getService().getRouter().getRegistry().getNavigationTarget(path).isEmpty()) {
                page.getVaadinResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
            }
        });
    }
}
