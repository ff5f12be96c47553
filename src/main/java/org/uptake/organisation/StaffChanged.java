package org.uptake.organisation;

import java.util.List;
import java.util.UUID;

/**
 * Published inside the transaction of a change to staff records (added, changed, moved to another
 * unit or group, deactivated or reactivated, their employee number changed), after the change is
 * written, so that tables derived from the roster can follow in the same transaction.
 *
 * @param organisation the organisation of the staff
 * @param staff the staff members changed
 */
public record StaffChanged(UUID organisation, List<UUID> staff) {

  public StaffChanged {
    staff = List.copyOf(staff);
  }
}
