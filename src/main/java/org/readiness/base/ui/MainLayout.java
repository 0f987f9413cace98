package org.readiness.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The frame of every page: the product's name, the language choice and the page's content. */
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout, LocaleChangeObserver {

    private final Main content = new Main();
    private final Anchor skipLink = new Anchor("#content", "");
    private final Anchor home = new Anchor("", "");

    public MainLayout() {
        addClassName("main-layout");
        skipLink.addClassName("skip-link");
        home.addClassName("app-name");
        Header header = new Header(home, new LanguageSelect());
        header.addClassName("app-header");
        content.setId("content");
        content.addClassName("app-content");
        add(skipLink, header, content);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.removeAll();
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        // As a property, not a text node: every page keeps one state node less for each of the two links.
        skipLink.getElement().setProperty("innerText", getTranslation("app.skip-to-content"));
        home.getElement().setProperty("innerText", getTranslation("app.name"));
        String language = Languages.of(event.getLocale());
        event.getUI().getElement().setAttribute("lang", language);
        event.getUI().getPage().executeJs("document.documentElement.lang = $0", language);
    }
}
