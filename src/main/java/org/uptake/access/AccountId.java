package org.uptake.access;

import java.util.Objects;
import java.util.UUID;

/** The id of an account: a person who signs in to Uptake. */
public record AccountId(UUID value) {

  public AccountId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
