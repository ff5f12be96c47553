package org.uptake.usage;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.uptake.organisation.StaffChanged;

/**
 * Brings the dashboard's summaries in step with roster changes, in the transaction of the change: a
 * person added (whose log id may be in rollups imported before), moved to another unit or group,
 * deactivated, or whose employee number changed. The people changed in one transaction (a roster
 * import changes thousands) are collected and refreshed together just before it commits; without a
 * transaction, at once.
 */
@Component
class StaffChanges {

  private final AdoptionSummaries summaries;
  private final AdoptionStaff staff;

  StaffChanges(AdoptionSummaries summaries, AdoptionStaff staff) {
    this.summaries = summaries;
    this.staff = staff;
  }

  /** Collects the people changed in the transaction. */
  @EventListener
  void collect(StaffChanged event) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      summaries.refreshPeople(event.organisation(), event.staff());
      staff.changed(event.staff());
      return;
    }
    pending().addAll(event.staff());
  }

  /** Refreshes all the people collected, once, before the transaction commits. */
  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void refresh(StaffChanged event) {
    Set<UUID> people = pending();
    if (!people.isEmpty()) {
      Set<UUID> all = Set.copyOf(people);
      people.clear();
      summaries.refreshPeople(event.organisation(), all);
      staff.changed(all);
    }
  }

  /** Forgets the collection when the transaction ends, committed or not. */
  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION)
  void forget(StaffChanged event) {
    TransactionSynchronizationManager.unbindResourceIfPossible(this);
  }

  @SuppressWarnings("unchecked")
  private Set<UUID> pending() {
    Set<UUID> people = (Set<UUID>) TransactionSynchronizationManager.getResource(this);
    if (people == null) {
      people = new LinkedHashSet<>();
      TransactionSynchronizationManager.bindResource(this, people);
    }
    return people;
  }
}
