package org.uptake.implementation;

import org.jspecify.annotations.Nullable;

/** Something a digital service does for its users ("video visit", "secure messages"). */
public record Feature(String name, @Nullable String description) {

  public Feature {
    name = Text.required(name, "name");
    description = Text.optional(description);
  }
}
