package org.uptake.usage.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.uptake.usage.FollowUpOutcome;

/** What a champion found, from the form of one follow-up. */
record FollowUpOutcomeForm(
    @NotNull(message = "{followup.validation.outcome}") @Nullable FollowUpOutcome outcome,
    @Size(max = 2000, message = "{validation.too-long}") @Nullable String note) {}
