package org.readiness.consultant;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Consultants' and administrators' accounts. Only an administrator manages them. */
@Service
public class AccountService implements UserDetailsService {

    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._@-]{3,100}");
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;

    AccountService(AccountRepository accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username.strip().toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return User.withUsername(account.username())
                .password(accounts.passwordHash(account.username()).orElseThrow())
                .roles(account.role().name())
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
                Instant.now());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void setEnabled(long id, boolean enabled) {
        accounts.setEnabled(id, enabled);
    }

    /** Gives the account a new random password and returns it, to hand to its owner. */
    @PreAuthorize("hasRole('ADMIN')")
    public String resetPassword(long id) {
        String password = randomPassword();
        accounts.setPasswordHash(id, passwords.encode(password));
        return password;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<Account> all() {
        return accounts.all();
    }

    public Optional<Account> findByUsername(String username) {
        return accounts.findByUsername(username);
    }

    public static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new AccountProblem(AccountProblem.Kind.WEAK_PASSWORD);
        }
    }

    static String randomPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
