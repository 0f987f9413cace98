package org.readiness.consultant;

/**
 * The current user may not see or change this. Deliberately the same for "does not exist" and "belongs to someone
 * else", so that ids reveal nothing.
 */
public class NotAllowed extends RuntimeException {

    public NotAllowed() {
        super("not found");
    }
}
