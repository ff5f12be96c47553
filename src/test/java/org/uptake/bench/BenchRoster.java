package org.uptake.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.uptake.access.SystemWork;
import org.uptake.implementation.Implementation;
import org.uptake.implementation.Implementations;
import org.uptake.implementation.PhaseName;
import org.uptake.implementation.UnitPlan;
import org.uptake.platform.OrganisationId;
import org.uptake.usage.BenchSummaries;

/**
 * For the ingest bench ({@code -Dbench.roster=N}): puts the bench files' people P1 … PN on the demo
 * organisation's roster, as in a real rollout where nearly every log id is someone's employee
 * number, so that an import's dashboard summaries do their real work. Staff in the demo
 * implementation's units (the live ones first), four in five trained a few weeks before their
 * unit's go-live. Written by SQL as the database owner (100,000 people through the roster import
 * would take longer than the bench), then counted as a roster change would.
 */
final class BenchRoster {

  private BenchRoster() {}

  static void add(ConfigurableApplicationContext app, OrganisationId organisation, int people) {
    long start = System.nanoTime();
    SystemWork system = app.getBean(SystemWork.class);
    Implementation rollout =
        system.run(
            organisation,
            () -> {
              Implementations all = app.getBean(Implementations.class);
              return all.get(all.list().getFirst().id());
            });
    List<UUID> units = new ArrayList<>();
    for (UnitPlan plan : rollout.units()) {
      if (plan.phase(PhaseName.GO_LIVE).actualStart() != null) {
        units.add(plan.unit().value());
      }
    }
    if (units.isEmpty()) {
      rollout.units().forEach(plan -> units.add(plan.unit().value()));
    }
    JdbcClient owner = JdbcClient.create(app.getBean("ownerDataSource", DataSource.class));
    owner
        .sql(
            """
            insert into staff (organisation_id, employee_number, first_name, last_name, unit_id,
                               professional_group, shift_pattern)
            select :organisation, 'P' || g, 'Bench', 'Person ' || g,
                   (cast(cast(:units as text[]) as uuid[]))[1 + g % cardinality(cast(:units as text[]))],
                   (array['REGISTERED_NURSE','PRACTICAL_NURSE','PHYSICIAN','PUBLIC_HEALTH_NURSE',
                          'SOCIAL_WORKER','DIGITAL_COUNSELLOR'])[1 + (g * 7) % 6], 'DAY'
              from generate_series(1, :people) g
            """)
        .param("organisation", organisation.value())
        .param("units", units.stream().map(UUID::toString).toArray(String[]::new))
        .param("people", people)
        .update();
    owner
        .sql(
            """
            insert into usage_training (organisation_id, implementation_id, staff_id, trained_on, source)
            select s.organisation_id, :implementation, s.id,
                   coalesce(p.actual_start, current_date) - 7 - abs(hashtext('d' || s.employee_number)) % 30,
                   'IMPORT'
              from staff s join implementation_phase p
                on p.unit_id = s.unit_id and p.implementation_id = :implementation and p.phase = 'GO_LIVE'
             where s.organisation_id = :organisation and s.employee_number ~ '^P[0-9]+$'
               and abs(hashtext('t' || s.employee_number)) % 5 < 4
            """)
        .param("organisation", organisation.value())
        .param("implementation", rollout.id().value())
        .update();
    owner.sql("analyze staff").update();
    owner.sql("analyze usage_training").update();
    BenchSummaries.recountStaff(app, organisation);
    System.out.printf(
        Locale.ROOT,
        "roster: P1 … P%d added to the demo roster in %.1f s%n",
        people,
        (System.nanoTime() - start) / 1e9);
  }
}
