package org.uptake.usage;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.uptake.organisation.StaffChanged;

/**
 * Brings the dashboard's summaries in step with roster changes, in the transaction of the change: a
 * person added (whose log id may be in rollups imported before), moved to another unit or group,
 * deactivated, or whose employee number changed. The people changed in one transaction (a roster
 * import changes thousands) are refreshed together just before it commits; without a transaction,
 * at once.
 */
@Component
class StaffChanges {

  private final AdoptionSummaries summaries;

  StaffChanges(AdoptionSummaries summaries) {
    this.summaries = summaries;
  }

  @EventListener
  void on(StaffChanged event) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      summaries.refreshPeople(event.organisation(), event.staff());
      return;
    }
    @SuppressWarnings("unchecked")
    Set<UUID> pending = (Set<UUID>) TransactionSynchronizationManager.getResource(this);
    if (pending == null) {
      Set<UUID> people = new LinkedHashSet<>();
      pending = people;
      TransactionSynchronizationManager.bindResource(this, people);
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
              TransactionSynchronizationManager.unbindResource(StaffChanges.this);
              summaries.refreshPeople(event.organisation(), people);
            }

            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(StaffChanges.this);
            }
          });
    }
    pending.addAll(event.staff());
  }
}
