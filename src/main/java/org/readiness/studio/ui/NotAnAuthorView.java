package org.readiness.studio.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;
import org.readiness.base.ui.MainLayout;

/** 403 for the studio's pages: who may open it, and who can give the right. */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotAnAuthorView extends Div implements HasErrorParameter<StudioPage.NotAnAuthor>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<StudioPage.NotAnAuthor> parameter) {
        removeAll();
        addClassName("not-an-author");
        add(new H1(getTranslation("studio.forbidden.heading")), new Paragraph(getTranslation("studio.forbidden.text")));
        return HttpStatusCode.FORBIDDEN.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("studio.forbidden.page-title");
    }
}
