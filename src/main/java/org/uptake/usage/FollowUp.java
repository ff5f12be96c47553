package org.uptake.usage;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.uptake.implementation.ImplementationId;
import org.uptake.organisation.StaffId;
import org.uptake.organisation.UnitId;

/**
 * One person to visit, for one episode of not using the service. Personal data: only the champions
 * and managers of the person's unit read it.
 *
 * @param personName the name on the roster when the follow-up was opened
 * @param since the unit's go-live day (never started) or the last day of use (stopped)
 * @param usedAgainOn the day the run saw that the person used it again, if it has
 */
public record FollowUp(
    FollowUpId id,
    ImplementationId implementation,
    UnitId unit,
    StaffId staff,
    String personName,
    LapseKind kind,
    LocalDate since,
    LocalDate openedOn,
    FollowUpRoute route,
    FollowUpStatus status,
    @Nullable LocalDate usedAgainOn,
    @Nullable FollowUpOutcome outcome,
    @Nullable String note) {

  public FollowUp {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
  }

  public String kindKey() {
    return "followup.kind." + kind.name();
  }
}
