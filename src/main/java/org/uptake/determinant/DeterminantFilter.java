package org.uptake.determinant;

import org.jspecify.annotations.Nullable;
import org.uptake.organisation.UnitId;

/** Which determinants to list; a null part does not filter. */
public record DeterminantFilter(
    @Nullable Valence valence, @Nullable String tag, @Nullable UnitId unit) {

  public static final DeterminantFilter ALL = new DeterminantFilter(null, null, null);
}
