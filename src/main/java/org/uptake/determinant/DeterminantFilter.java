package org.uptake.determinant;

import org.jspecify.annotations.Nullable;
import org.uptake.organisation.UnitId;

/**
 * Which determinants to list and in which order; a null part does not filter.
 *
 * @param strength only determinants of this strength (1 to 3)
 * @param group only determinants raised by this stakeholder group code
 * @param sort the order: barriers first and strongest first unless {@link Sort} says otherwise
 */
public record DeterminantFilter(
    @Nullable Valence valence,
    @Nullable String tag,
    @Nullable UnitId unit,
    @Nullable Integer strength,
    @Nullable String group,
    Sort sort) {

  /** The orders a register can be listed in. */
  public enum Sort {
    /** Barriers first, then the strongest and most widespread first. */
    VALENCE,
    /** The strongest first, barriers and facilitators mixed. */
    STRENGTH,
    /** The most widespread first. */
    SPREAD,
    /** The most recently recorded first. */
    NEWEST
  }

  public static final DeterminantFilter ALL = new DeterminantFilter(null, null, null);

  public DeterminantFilter {
    sort = sort == null ? Sort.VALENCE : sort;
  }

  /** A filter by valence, tag and unit in the usual order. */
  public DeterminantFilter(@Nullable Valence valence, @Nullable String tag, @Nullable UnitId unit) {
    this(valence, tag, unit, null, null, Sort.VALENCE);
  }

  /** The SQL order clause of the sort; the values are fixed here, never from the user. */
  String orderBy() {
    return switch (sort) {
      case VALENCE -> "d.valence, d.strength desc, d.spread desc, d.created_at, d.id";
      case STRENGTH -> "d.strength desc, d.spread desc, d.valence, d.created_at, d.id";
      case SPREAD -> "d.spread desc, d.strength desc, d.valence, d.created_at, d.id";
      case NEWEST -> "d.created_at desc, d.id";
    };
  }
}
