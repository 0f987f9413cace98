package org.readiness.consultant;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Gives a signed-in session the roles its account holds now, keeping everything else of its login. */
final class SessionRoles {

    private SessionRoles() {
    }

    static void update(Authentication authentication, List<String> roles) {
        Set<String> wanted = roles.stream().map(role -> "ROLE_" + role).collect(Collectors.toSet());
        Set<String> held = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        if (wanted.equals(held)) {
            return;
        }
        UsernamePasswordAuthenticationToken renewed = UsernamePasswordAuthenticationToken.authenticated(
                authentication.getPrincipal(), null, wanted.stream().map(SimpleGrantedAuthority::new).toList());
        renewed.setDetails(authentication.getDetails());
        // The context object is the one kept in the HTTP session, so the session keeps the new roles.
        SecurityContextHolder.getContext().setAuthentication(renewed);
    }
}
