package org.readiness.recommendation;

import org.readiness.questionnaire.Owner;

import java.util.List;

/** Who should own one area under the recommended structure, most fitting first. */
public record AreaOwners(String areaId, List<Owner> owners) {

    public AreaOwners {
        owners = List.copyOf(owners);
    }
}
