package org.uptake.usage;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.uptake.access.SystemWork;

/**
 * At start-up, fills the dashboard's sums (V25) of implementations that have days of use but no
 * sums: a database from before V25; and the feature sums by week (V27) of those summed before V27.
 * Each implementation in one transaction; afterwards the sums are kept by every change. Logged with
 * its time (minutes at 100,000 staff, see docs/benchmarks.md).
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
          if (Boolean.TRUE.equals(tx.execute(s -> staff.missing()))) {
            long t0 = System.nanoTime();
            tx.executeWithoutResult(s -> staff.recount());
            log.warn(
                "Counted the active staff for the adoption dashboard in {} ms",
                (System.nanoTime() - t0) / 1_000_000);
          }
          for (UUID implementation : sums.implementations()) {
            if (Boolean.TRUE.equals(tx.execute(s -> sums.missing(implementation)))) {
              long t0 = System.nanoTime();
              tx.executeWithoutResult(s -> sums.rebuild(implementation));
              log.warn(
                  "Filled the adoption dashboard's sums of implementation {} in {} s",
                  implementation,
                  (System.nanoTime() - t0) / 1_000_000_000);
            } else if (Boolean.TRUE.equals(tx.execute(s -> sums.weeksMissing(implementation)))) {
              long t0 = System.nanoTime();
              tx.executeWithoutResult(s -> sums.rebuildWeeks(implementation));
              log.warn(
                  "Filled the adoption dashboard's feature sums by week of implementation {} in {} s",
                  implementation,
                  (System.nanoTime() - t0) / 1_000_000_000);
            }
          }
        });
  }
}
