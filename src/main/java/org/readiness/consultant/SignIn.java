package org.readiness.consultant;

import java.io.Serializable;

/**
 * What a login remembers in its session: the address it came from and a fingerprint of the password it was made
 * with, so that a later password reset ends the session (see {@link RevokedSessions}).
 */
public record SignIn(String address, String credentials) implements Serializable {
}
