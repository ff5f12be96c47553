package org.uptake.determinant;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A determinant as it was after one change.
 *
 * @param change {@code CREATE}, {@code UPDATE} or {@code MERGE} (merged into another)
 * @param mergedInto the determinant it was merged into, after a merge
 */
public record DeterminantVersion(
    int version,
    String change,
    DeterminantDetails details,
    @Nullable DeterminantId mergedInto,
    Instant changedAt,
    @Nullable String changedBy) {}
