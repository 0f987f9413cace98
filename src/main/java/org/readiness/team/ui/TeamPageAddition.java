package org.readiness.team.ui;

import com.vaadin.flow.component.Component;
import org.jspecify.annotations.Nullable;
import org.readiness.team.Team;

import java.util.Optional;

/**
 * Something another feature adds to a team's page (the plan made from the team's result, for one), offered as a
 * Spring bean, so the team page needs to know nothing of it.
 */
public interface TeamPageAddition {

    /** @param coordinatorToken the coordinator's link's token when they opened the page; null for a consultant */
    Optional<Component> create(Team team, @Nullable String coordinatorToken);
}
