package org.readiness.base.ui;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.Predicate;

/**
 * Vaadin's navigation access control looks up the role prefix on every navigation (each step of the wizard), and
 * Vaadin's lookup searches every jar for a service file each time it is asked for anything but its own defaults: a
 * sixth of the server time of a Next. Vaadin's check only fills in Spring's one prefix holder, then asks the request;
 * once the holder is filled, {@link PrefixHeld} asks the request straight away. Its access control is built by the
 * same configurer, so it guards the same views in the same way.
 */
@Component
class NavigationRoleChecks implements BeanPostProcessor {

    private final ObjectProvider<NavigationAccessControlConfigurer> configurer;
    private final ObjectProvider<NavigationAccessChecker> checkers;
    private final ObjectProvider<VaadinRolePrefixHolder> holder;

    NavigationRoleChecks(ObjectProvider<NavigationAccessControlConfigurer> configurer,
                         ObjectProvider<NavigationAccessChecker> checkers,
                         ObjectProvider<VaadinRolePrefixHolder> holder) {
        this.configurer = configurer;
        this.checkers = checkers;
        this.holder = holder;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean.getClass() != SpringNavigationAccessControl.class) {
            return bean;
        }
        VaadinRolePrefixHolder prefix = holder.getObject();
        return configurer.getObject().build((checks, resolver) -> new PrefixHeld(checks, resolver, prefix),
                checkers.orderedStream().toList());
    }

    static final class PrefixHeld extends SpringNavigationAccessControl {

        private final VaadinRolePrefixHolder prefix;

        PrefixHeld(List<NavigationAccessChecker> checkers, AccessCheckDecisionResolver resolver,
                   VaadinRolePrefixHolder prefix) {
            super(checkers, resolver);
            this.prefix = prefix;
        }

        @Override
        protected Predicate<String> getRolesChecker(VaadinRequest request) {
            if (request == null || !prefix.isSet()
                    || HandlerHelper.isRequestType(request, HandlerHelper.RequestType.PUSH)) {
                return super.getRolesChecker(request);
            }
            return request::isUserInRole;
        }
    }
}
