package org.uptake.determinant;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.uptake.organisation.UnitId;

/**
 * What is recorded about a determinant: whether it is a barrier or a facilitator, what it is, who
 * raised it, the units it concerns, its strength and spread from 1 (weak, local) to 3 (strong,
 * everywhere) and its framework tags by code. Whether the units and tags exist is the register's
 * check; this record checks the shape.
 */
public record DeterminantDetails(
    Valence valence,
    String description,
    Set<String> stakeholderGroups,
    Set<UnitId> units,
    int strength,
    int spread,
    Set<String> tags) {

  public DeterminantDetails {
    Objects.requireNonNull(valence, "valence");
    description = required(description, "description");
    stakeholderGroups = Set.copyOf(stakeholderGroups);
    for (String group : stakeholderGroups) {
      if (!StakeholderGroups.isCode(group)) {
        throw new IllegalArgumentException("Unknown stakeholder group '" + group + "'");
      }
    }
    units = Set.copyOf(units);
    tags = Set.copyOf(tags);
    scale(strength, "strength");
    scale(spread, "spread");
  }

  /** The details with lists as an API sends them, nulls meaning none. */
  public static DeterminantDetails of(
      Valence valence,
      String description,
      @Nullable List<String> stakeholderGroups,
      @Nullable List<UnitId> units,
      int strength,
      int spread,
      @Nullable List<String> tags) {
    return new DeterminantDetails(
        valence,
        description,
        stakeholderGroups == null ? Set.of() : Set.copyOf(stakeholderGroups),
        units == null ? Set.of() : Set.copyOf(units),
        strength,
        spread,
        tags == null ? Set.of() : Set.copyOf(tags));
  }

  private static void scale(int value, String field) {
    if (value < 1 || value > 3) {
      throw new IllegalArgumentException(field + " must be 1, 2 or 3");
    }
  }

  static String required(@Nullable String text, String field) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(field + " is required");
    }
    return text.strip();
  }
}
