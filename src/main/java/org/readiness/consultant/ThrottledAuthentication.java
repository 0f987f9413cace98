package org.readiness.consultant;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The one way to log in (the application's only {@link AuthenticationManager}, so Spring Security builds no other
 * around it): password login through {@link LoginThrottle}. Every refusal takes a password check, a disabled account's too (so
 * the time tells nothing), and counts as a failure; a name or password longer than any account can have is refused
 * before the check and kept nowhere. A login that comes before the first administrator is made waits for it.
 */
@Component
public class ThrottledAuthentication implements AuthenticationManager {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final FirstAdmin firstAdmin;

    ThrottledAuthentication(AccountService accounts, PasswordEncoder encoder, LoginThrottle throttle,
                            FirstAdmin firstAdmin) {
        this.passwords = new DaoAuthenticationProvider(accounts::loadUserByUsername);
        this.passwords.setPasswordEncoder(encoder);
        // Spring checks "disabled" before the password, which answers a disabled account sooner than the others.
        this.passwords.setPreAuthenticationChecks(user -> { });
        this.passwords.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("account disabled");
            }
        });
        this.throttle = throttle;
        this.firstAdmin = firstAdmin;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        Object password = authentication.getCredentials();
        if (!AccountService.fitsLimits(username, password instanceof String text ? text : null)) {
            throw new BadCredentialsException("longer than any account's name or password");
        }
        // In the seconds after the port opens the first administrator may not exist yet: wait for it.
        firstAdmin.awaitDone();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        if (throttle.isLocked(username, address)) {
            throw new LockedException("too many failed logins");
        }
        Authentication authenticated;
        try {
            authenticated = passwords.authenticate(authentication);
        } catch (AuthenticationException e) {
            throttle.failed(username, address);
            throw e;
        }
        throttle.succeeded(username);
        UserDetails user = (UserDetails) authenticated.getPrincipal();
        SignIn signIn = new SignIn(address, AccountService.fingerprint(user.getPassword()));
        if (user instanceof CredentialsContainer hash) {
            hash.eraseCredentials(); // the session keeps the fingerprint, not the hash
        }
        UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(
                user, null, authenticated.getAuthorities());
        signedIn.setDetails(signIn);
        return signedIn;
    }
}
