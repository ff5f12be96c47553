package org.uptake.implementation;

import java.util.Objects;
import org.uptake.access.AccountId;

/**
 * An account of the organisation as the plan shows it: someone who decides, does, confirms or is
 * told.
 */
public record Person(AccountId id, String name) {

  public Person {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
