package org.uptake.usage;

import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.uptake.access.SystemWork;

/**
 * At start-up, fills the dashboard's sums (V25) of implementations that have days of use but no
 * sums: a database from before V25; the feature sums by week (V27) of those summed before V27; and
 * the day totals and week sums (V29) of those summed before V29. Each implementation in one
 * transaction; afterwards the sums are kept by every change. Logged with its time (minutes at
 * 100,000 staff, see docs/benchmarks.md).
 */
@Component
class AdoptionSumsStart {

  private static final Logger log = LoggerFactory.getLogger(AdoptionSumsStart.class);

  private final SystemWork system;
  private final AdoptionSums sums;
  private final AdoptionStaff staff;
  private final TransactionTemplate tx;

  AdoptionSumsStart(
      SystemWork system, AdoptionSums sums, AdoptionStaff staff, TransactionTemplate tx) {
    this.system = system;
    this.sums = sums;
    this.staff = staff;
    this.tx = tx;
  }

  @EventListener(ApplicationReadyEvent.class)
  void fill() {
    system.forEachOrganisation(
        organisation -> {
          fillIf(staff::missing, staff::recount, "active staff");
          for (UUID implementation : sums.implementations()) {
            if (!fillIf(
                () -> sums.missing(implementation),
                () -> sums.rebuild(implementation),
                "sums of implementation " + implementation)) {
              fillIf(
                  () -> sums.missing(implementation, "adoption_action_day", "adoption_action_week"),
                  () -> sums.rebuildWeeks(implementation),
                  "feature sums by week of implementation " + implementation);
              fillIf(
                  () ->
                      sums.missing(implementation, "adoption_day", "adoption_week")
                          || sums.missing(
                              implementation, "adoption_trained", "adoption_trained_total"),
                  () -> sums.rebuildTotals(implementation),
                  "day totals and week sums of implementation " + implementation);
            }
          }
        });
  }

  /** Fills what is missing, in one transaction, and logs how long it took; true if it was. */
  private boolean fillIf(BooleanSupplier missing, Runnable fill, String what) {
    if (!Boolean.TRUE.equals(tx.execute(s -> missing.getAsBoolean()))) {
      return false;
    }
    long t0 = System.nanoTime();
    tx.executeWithoutResult(s -> fill.run());
    log.warn(
        "Filled the adoption dashboard's {} in {} ms", what, (System.nanoTime() - t0) / 1_000_000);
    return true;
  }
}
