package org.readiness;

import org.readiness.consultant.AccountService;
import org.readiness.consultant.EnabledAccounts;
import org.springframework.aop.Advisor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.authorization.method.SecuredAuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * The services' role checks ({@code @PreAuthorize}, {@code @Secured}) also require the signed-in account to be
 * enabled at the moment of the call, so that disabling an account takes effect on its open pages at once.
 * {@code @RolesAllowed} guards only views, whose access Vaadin checks on navigation.
 */
@Configuration
@EnableMethodSecurity(prePostEnabled = false, securedEnabled = false, jsr250Enabled = true)
class MethodSecurityConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static EnabledAccounts enabledAccounts(ObjectProvider<AccountService> accounts) {
        return new EnabledAccounts(accounts);
    }

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor preAuthorizeForEnabledAccounts(EnabledAccounts enabled) {
        return AuthorizationManagerBeforeMethodInterceptor.preAuthorize(
                AuthorizationManagers.allOf(new PreAuthorizeAuthorizationManager(), enabled));
    }

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor securedForEnabledAccounts(EnabledAccounts enabled) {
        return AuthorizationManagerBeforeMethodInterceptor.secured(
                AuthorizationManagers.allOf(new SecuredAuthorizationManager(), enabled));
    }
}
