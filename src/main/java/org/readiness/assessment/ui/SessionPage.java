package org.readiness.assessment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import org.readiness.base.ui.Languages;

/** A page about the session's assessment: without one it sends the user to the start; it renders per language. */
abstract class SessionPage extends Div implements BeforeEnterObserver, LocaleChangeObserver {

    protected WizardSession session;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        session = WizardSession.current().orElse(null);
        if (session == null) {
            event.forwardTo(StartView.class);
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (session != null) {
            render(Languages.of(event.getLocale()));
        }
    }

    protected abstract void render(String language);
}
