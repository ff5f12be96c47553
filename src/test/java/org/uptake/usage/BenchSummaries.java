package org.uptake.usage;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.uptake.access.SystemWork;
import org.uptake.implementation.ImplementationId;
import org.uptake.platform.OrganisationId;

/**
 * For benchmarks: brings the dashboard's summaries up to date for rollups written by SQL, by the
 * very call an import makes after its upsert, a month per transaction.
 */
public final class BenchSummaries {

  private BenchSummaries() {}

  public static void refresh(
      ApplicationContext app,
      OrganisationId organisation,
      UUID implementation,
      UUID source,
      LocalDate first,
      LocalDate last) {
    AdoptionSummaries summaries = app.getBean(AdoptionSummaries.class);
    SystemWork system = app.getBean(SystemWork.class);
    TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
    UsageSource log =
        new UsageSource(
            new UsageSourceId(source),
            new ImplementationId(implementation),
            "bench-log",
            UsageFormat.NDJSON,
            null,
            ZoneOffset.UTC);
    for (LocalDate month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      LocalDate from = month;
      LocalDate to =
          month.plusMonths(1).minusDays(1).isAfter(last) ? last : month.plusMonths(1).minusDays(1);
      long t0 = System.nanoTime();
      system.run(
          organisation,
          () ->
              tx.executeWithoutResult(
                  s -> summaries.rollupsChanged(organisation.value(), log, from, to)));
      System.out.printf("summaries %s..%s in %.1f s%n", from, to, (System.nanoTime() - t0) / 1e9);
    }
    // the bench writes staff by SQL, so no StaffChanged: count them as a roster change would
    recountStaff(app, organisation);
  }

  /** For benchmarks that write staff by SQL: counts them as a roster change would. */
  public static void recountStaff(ApplicationContext app, OrganisationId organisation) {
    AdoptionStaff staff = app.getBean(AdoptionStaff.class);
    SystemWork system = app.getBean(SystemWork.class);
    TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
    system.run(organisation, () -> tx.executeWithoutResult(s -> staff.recount()));
  }
}
