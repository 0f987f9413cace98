package org.readiness.consultant;

import org.readiness.base.ReadinessProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Creates the first administrator from {@code readiness.admin.username} and {@code readiness.admin.password} when
 * the database has none. Outside the dev profile the app refuses to start with an empty or default password.
 * It runs once the server is up (its database work and password hash need not hold up the first page), before
 * the app reports itself ready; a login meanwhile waits for it ({@link #awaitDone()}), as a request that needs the
 * database waits for its migration, rather than being told that the name or password is wrong.
 */
@Component
class FirstAdmin implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    static final Set<String> DEFAULT_PASSWORDS = Set.of("", "admin", "password", "changeme", "change-me");
    private static final Map<AccountProblem.Kind, String> REASONS = Map.of(
            AccountProblem.Kind.SHORT_PASSWORD, "it has fewer than " + PasswordPolicy.MIN_LENGTH + " characters.",
            AccountProblem.Kind.PASSWORD_TOO_LONG, "it is longer than " + PasswordPolicy.MAX_BYTES
                    + " bytes in UTF-8, and the password hash (bcrypt) would ignore the rest.",
            AccountProblem.Kind.WEAK_PASSWORD, "it is too easy to guess (a default, repeated characters, a keyboard "
                    + "row, a sequence, a date, or common words); use several unrelated words or random characters.");

    /** As long as a request waits for the database's migration at most, in practice. */
    static final Duration LONGEST_WAIT = Duration.ofMinutes(2);

    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private final AccountService accounts;
    private final Environment environment;
    private final String username;
    private final String password;

    FirstAdmin(AccountService accounts, Environment environment, ReadinessProperties properties) {
        this.accounts = accounts;
        this.environment = environment;
        this.username = properties.admin().username();
        this.password = properties.admin().password();
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        try {
            createIfMissing();
            done.complete(null);
        } catch (RuntimeException | Error e) {
            done.completeExceptionally(e);
            throw e;
        }
    }

    /** Returns once the first administrator exists (or its making failed), or after {@link #LONGEST_WAIT}. */
    void awaitDone() {
        try {
            done.get(LONGEST_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.debug("A login goes on without the first administrator: {}", e.toString());
        }
    }

    void createIfMissing() {
        if (accounts.hasAdmin()) {
            return;
        }
        boolean dev = environment.acceptsProfiles(Profiles.of("dev"));
        Optional<AccountProblem.Kind> problem = DEFAULT_PASSWORDS.contains(password.strip().toLowerCase(Locale.ROOT))
                ? Optional.of(AccountProblem.Kind.WEAK_PASSWORD) : PasswordPolicy.problem(password);
        boolean weak = problem.isPresent();
        if (weak && !dev) {
            throw new IllegalStateException("Refusing to start: set readiness.admin.password (environment variable "
                    + "READINESS_ADMIN_PASSWORD) for the first administrator to a better password: "
                    + REASONS.get(problem.get()) + " An empty or weak one is allowed only in the dev profile.");
        }
        String firstPassword = weak ? "admin-dev-only" : password;
        try {
            if (accounts.createFirstAdmin(username, firstPassword)) {
                log.info("Created the first administrator \"{}\"{}", username,
                        weak ? " with the dev-only password \"admin-dev-only\"" : "");
            }
        } catch (AccountProblem | DataIntegrityViolationException e) {
            // Instances started at once on an empty database (a deployment of two replicas) race to create it.
            if (!accounts.hasAdmin()) {
                throw e;
            }
            log.info("Another instance created the first administrator meanwhile");
        }
    }
}
