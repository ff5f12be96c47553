package org.uptake.implementation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a lead enters for a digital service. */
public record DigitalServiceDetails(
    String name, @Nullable String supplier, @Nullable String description, List<Feature> features) {

  public DigitalServiceDetails {
    name = Text.required(name, "name");
    supplier = Text.optional(supplier);
    description = Text.optional(description);
    features = List.copyOf(features);
  }
}
