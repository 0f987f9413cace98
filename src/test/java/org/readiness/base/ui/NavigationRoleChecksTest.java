package org.readiness.base.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import org.junit.jupiter.api.Test;
import org.readiness.KaribuTest;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Once Spring's role prefix is known, a navigation asks the request for the user's roles without looking the prefix
 * up again. (Who may open which page is AccessMatrixTest's, with the application's own access control.)
 */
class NavigationRoleChecksTest extends KaribuTest {

    @Test
    void the_application_guards_its_pages_with_one_access_control_that_holds_the_prefix() {
        assertThat(context.getBeansOfType(NavigationAccessControl.class).values())
                .singleElement()
                .isInstanceOf(NavigationRoleChecks.PrefixHeld.class)
                .matches(NavigationAccessControl::isEnabled, "enabled");
    }

    @Test
    void with_the_prefix_known_the_roles_are_the_request_s_own_and_nothing_is_looked_up() {
        VaadinRequest request = requestInRoles("CONSULTANT");
        var control = new NavigationRoleChecks.PrefixHeld(List.of(), new DefaultAccessCheckDecisionResolver(),
                new VaadinRolePrefixHolder("ROLE_"));

        var roles = control.getRolesChecker(request);

        assertThat(roles.test("CONSULTANT")).isTrue();
        assertThat(roles.test("ADMIN")).isFalse();
        verify(request, never()).getService();
    }

    @Test
    void with_the_prefix_not_known_yet_vaadin_looks_it_up_as_before() {
        VaadinRequest request = requestInRoles("ADMIN");
        var control = new NavigationRoleChecks.PrefixHeld(List.of(), new DefaultAccessCheckDecisionResolver(),
                new VaadinRolePrefixHolder(null));

        var roles = control.getRolesChecker(request);

        assertThat(roles.test("ADMIN")).isTrue();
        verify(request).getService();
    }

    private static VaadinRequest requestInRoles(String... roles) {
        VaadinRequest request = mock(VaadinRequest.class);
        Set<String> held = Set.of(roles);
        when(request.isUserInRole(anyString()))
                .thenAnswer(ask -> held.contains(ask.getArgument(0, String.class)));
        return request;
    }
}
