package org.readiness;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.html.Anchor;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Locale;

/**
 * Browserless UI tests: the real Spring context and Vaadin's server side, driven by Karibu-Testing
 * (as in mvysny/vaadin-spring-karibu-testing's AbstractAppTest). No servlet filters run here, so a test that needs a
 * logged-in user sets the SecurityContextHolder itself.
 */
@SpringBootTest
public abstract class KaribuTest {

    protected static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("org.readiness");
        // The app's own page for denied access is what users see; Karibu's stand-in would throw instead.
        routes.getErrorRoutes().remove(com.github.mvysny.kaributesting.v10.MockRouteAccessDeniedError.class);
    }

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
        switchLanguage(Locale.ENGLISH);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        MockVaadin.setMockRequestFactory(FakeRequest::new);
        SecurityContextHolder.clearContext();
    }

    /**
     * Signs in for the following steps: Spring Security's context for the services, and the request's principal
     * and roles for Vaadin's navigation access control (no servlet filter runs here to do either).
     */
    protected void loginAs(String username, String... roles) {
        var authorities = java.util.Arrays.stream(roles)
                .map(role -> new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_" + role))
                .toList();
        var authentication = org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(new org.springframework.security.core.userdetails.User(username, "", authorities), null,
                        authorities);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            request.setUserPrincipalInt(authentication);
            request.setUserInRole((principal, role) -> java.util.Arrays.asList(roles).contains(role));
            return request;
        });
        MockVaadin.tearDown();
        setUpVaadin();
    }

    /** Goes on as a visitor who is not signed in, in a new browser session (as someone opening a link would). */
    protected void continueAsVisitor() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
        MockVaadin.setMockRequestFactory(FakeRequest::new);
        setUpVaadin();
    }

    /**
     * What a click on the link downloads: from the page's own download, or, where the link is a plain one to the API
     * (a merchant's score card), from the API as the browser asks for it.
     */
    protected byte[] downloadFrom(Anchor link) {
        if (!link.getHref().startsWith("api/")) {
            return DownloadKt._download(link);
        }
        try {
            return MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).build()
                    .perform(MockMvcRequestBuilders.get("/" + link.getHref()))
                    .andExpect(MockMvcResultMatchers.status().isOk())
                    .andReturn().getResponse().getContentAsByteArray();
        } catch (Exception e) {
            throw new AssertionError("could not download " + link.getHref(), e);
        }
    }

    protected static void switchLanguage(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
    }

    protected static void navigate(String location) {
        UI.getCurrent().navigate(location);
    }
}
