package org.readiness.consultant;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Consultants' and administrators' accounts. Only an administrator manages them. */
@Service
public class AccountService {

    /** The column's length; a longer name is refused before any lookup. */
    public static final int MAX_USERNAME_LENGTH = 100;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._@-]{3," + MAX_USERNAME_LENGTH + "}");
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final AccountSessions sessions;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwords, AccountSessions sessions, Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.passwords = passwords;
        this.sessions = sessions;
    }

    /** The account as Spring Security checks a login; not a UserDetailsService bean, see ThrottledAuthentication. */
    UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username.strip().toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return User.withUsername(account.username())
                .password(accounts.passwordHash(account.username()).orElseThrow())
                .roles(account.roleNames().toArray(String[]::new))
                .disabled(!account.enabled())
                .build();
    }

    public boolean hasAdmin() {
        return accounts.anyAdmin();
    }

    /** Creates the first administrator, unless one exists; used at start-up only. */
    @Transactional
    public boolean createFirstAdmin(String username, String password) {
        if (accounts.anyAdmin()) {
            return false;
        }
        insert(username, "Administrator", password, Role.ADMIN);
        return true;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Account create(String username, String displayName, String password, Role role) {
        return accounts.find(insert(username, displayName, password, role)).orElseThrow();
    }

    private long insert(String username, String displayName, String password, Role role) {
        String name = username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new AccountProblem(AccountProblem.Kind.INVALID_USERNAME);
        }
        if (accounts.findByUsername(name).isPresent()) {
            throw new AccountProblem(AccountProblem.Kind.USERNAME_TAKEN);
        }
        checkPassword(password);
        return accounts.insert(name, displayName.isBlank() ? name : displayName.strip(), passwords.encode(password), role,
                clock.instant());
    }

    /** Disabling ends every session of the account at once, open pages included. */
    @PreAuthorize("hasRole('ADMIN')")
    public void setEnabled(long id, boolean enabled) {
        accounts.setEnabled(id, enabled);
        if (!enabled) {
            accounts.find(id).ifPresent(account -> sessions.endAll(account.username(), null));
        }
    }

    /**
     * Lets a consultant write questionnaires in the studio, or no longer. Open sessions of the account take the
     * change at their next request, on every instance ({@link RevokedSessions}).
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void setAuthor(long id, boolean author) {
        accounts.setAuthor(id, author);
    }

    /**
     * Gives the account a new random password and returns it, to hand to its owner. Every other session of the
     * account ends at once; the administrator's own, when it is their account, goes on with the new password.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public String resetPassword(long id) {
        String password = randomPassword();
        String hash = passwords.encode(password);
        accounts.setPasswordHash(id, hash);
        accounts.find(id).ifPresent(account -> sessions.endAll(account.username(), fingerprint(hash)));
        return password;
    }

    /**
     * Whether a session signed in as the account may go on: the account exists and is enabled, and, when the
     * session's password fingerprint is given, the password has not changed since.
     */
    public boolean maySessionContinue(String username, String credentials) {
        return sessionRoles(username, credentials).isPresent();
    }

    /**
     * The roles a session signed in as the account holds now, or empty when it may not go on (see
     * {@link #maySessionContinue}).
     */
    public Optional<List<String>> sessionRoles(String username, String credentials) {
        Optional<Account> account = accounts.findByUsername(username).filter(Account::enabled);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        boolean samePassword = credentials == null
                || accounts.passwordHash(username).map(AccountService::fingerprint).orElse("").equals(credentials);
        return samePassword ? Optional.of(account.get().roleNames()) : Optional.empty();
    }

    /** Whether a name and password fit what an account can have, checked before any lookup or hashing. */
    static boolean fitsLimits(String username, String password) {
        return username != null && username.length() <= MAX_USERNAME_LENGTH
                && password != null
                && password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= PasswordPolicy.MAX_BYTES;
    }

    /** A short digest of a password hash: tells a changed password without keeping the hash in the session. */
    static String fingerprint(String passwordHash) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(passwordHash.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<Account> all() {
        return accounts.all();
    }

    public Optional<Account> findByUsername(String username) {
        return accounts.findByUsername(username);
    }

    public static void checkPassword(String password) {
        PasswordPolicy.problem(password).ifPresent(kind -> {
            throw new AccountProblem(kind);
        });
    }

    static String randomPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
