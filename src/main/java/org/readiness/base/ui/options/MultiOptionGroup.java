package org.readiness.base.ui.options;

import java.util.LinkedHashSet;
import java.util.Set;

/** Any number of options: checkboxes. Its value is the set of the checked options' values, in the page's order. */
public final class MultiOptionGroup extends OptionGroup<Set<String>> {

    public MultiOptionGroup(String label) {
        super(label, Set.of(), array -> {
            Set<String> values = new LinkedHashSet<>();
            for (int i = 0; array != null && i < array.length(); i++) {
                values.add(array.getString(i));
            }
            return values;
        }, OptionGroup::array);
        getElement().setProperty("multiple", true);
    }
}
