package org.readiness.plan;

/** Responsible, Accountable, Consulted, Informed. */
public enum Raci {
    R, A, C, I;

    public static Raci of(char letter) {
        return valueOf(String.valueOf(letter));
    }
}
