package org.readiness.base.ui.options;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** One option among several: radio buttons. Its value is the chosen option's value, or null. */
public final class SingleOptionGroup extends OptionGroup<@Nullable String> {

    public SingleOptionGroup(String label) {
        super(label, null, array -> array == null || array.length() == 0 ? null : array.getString(0),
                value -> array(value == null ? List.of() : List.of(value)));
    }
}
