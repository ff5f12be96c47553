package org.uptake.implementation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An entry in the decision log: what was decided, by whom, on which day and why. */
public record Decision(
    DecisionId id,
    String summary,
    @Nullable String rationale,
    Person decidedBy,
    LocalDate decidedOn,
    @Nullable ActivityId activity,
    @Nullable String activityTitle) {}
