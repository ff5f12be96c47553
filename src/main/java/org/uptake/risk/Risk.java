package org.uptake.risk;

import java.util.List;
import org.uptake.determinant.Action;
import org.uptake.implementation.ImplementationId;

/** A risk of the register with the actions that mitigate it. */
public record Risk(
    RiskId id, ImplementationId implementation, RiskDetails details, List<Action> mitigations) {

  public Risk {
    mitigations = List.copyOf(mitigations);
  }
}
