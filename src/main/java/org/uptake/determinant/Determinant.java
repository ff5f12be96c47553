package org.uptake.determinant;

import java.util.List;
import org.uptake.implementation.ImplementationId;

/** A barrier or facilitator in the register, with its evidence, at its current version. */
public record Determinant(
    DeterminantId id,
    ImplementationId implementation,
    DeterminantDetails details,
    List<Evidence> evidence,
    int version) {

  public Determinant {
    evidence = List.copyOf(evidence);
  }

  public Valence valence() {
    return details.valence();
  }

  public String description() {
    return details.description();
  }
}
