package org.uptake.implementation.web;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** One feature line of a service form; a line left empty is no feature. */
class FeatureRow {

  @Size(max = 200, message = "{validation.too-long}")
  private @Nullable String name;

  @Size(max = 1000, message = "{validation.too-long}")
  private @Nullable String description;

  FeatureRow() {}

  FeatureRow(@Nullable String name, @Nullable String description) {
    this.name = name;
    this.description = description;
  }

  boolean isEmpty() {
    return (name == null || name.isBlank()) && (description == null || description.isBlank());
  }

  public @Nullable String getName() {
    return name;
  }

  public void setName(@Nullable String name) {
    this.name = name;
  }

  public @Nullable String getDescription() {
    return description;
  }

  public void setDescription(@Nullable String description) {
    this.description = description;
  }
}
