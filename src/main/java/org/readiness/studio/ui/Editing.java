package org.readiness.studio.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.function.Consumer;

/** How the form and the outline change the draft; {@code reshapes}: the change adds, removes or moves items. */
@FunctionalInterface
interface Editing {

    void apply(Consumer<ObjectNode> change, boolean reshapes);
}
