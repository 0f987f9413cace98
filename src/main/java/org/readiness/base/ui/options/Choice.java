package org.readiness.base.ui.options;

import org.jspecify.annotations.Nullable;

/**
 * One option of an {@link OptionGroup}: its value and the words shown for it. A point of a scale shows its number as
 * its label and, at the two ends, the end's words under it; {@code apart} puts an option on a row of its own (a
 * scale's "don't know").
 */
public record Choice(String value, String label, @Nullable String end, boolean apart) {

    public static Choice of(String value, String label) {
        return new Choice(value, label, null, false);
    }
}
