package org.readiness.consultant;

public enum Role {
    /** Keeps clients and runs interviews; sees only their own. */
    CONSULTANT,
    /** Manages consultants' accounts and sees every client. */
    ADMIN
}
