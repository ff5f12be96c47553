package org.uptake.usage;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code usage_person_day}, what the adoption dashboard reads, in step with {@code
 * usage_daily}: one row per person, implementation and day of use, with that day's distinct
 * actions. A log's user id is resolved to the staff members whose employee number or mapped id it
 * is, ignoring case, as the dashboard always matched them.
 *
 * <p>Called inside the import's transaction (all or nothing with it) and when an id is mapped. An
 * import only adds to {@code usage_daily}, so a refresh only adds actions to a person's day: a
 * re-import, or an import of days already there, writes nothing (rows whose actions already hold
 * the new ones are not updated). Not a public API: the import and the id mapping call it.
 */
@Component
@Order(0) // before any listener that reads them
class AdoptionSummaries implements RollupListener {

  /** Everyone's log ids: their employee number and every id mapped to them, in lower case. */
  private static final String KEYS =
      """
      keys (staff_id, user_key) as (
        select id, lower(employee_number) from staff
        union
        select staff_id, lower(external_id) from usage_user_map
      )
      """;

  private final JdbcClient jdbc;
  private final AdoptionSums sums;

  AdoptionSummaries(JdbcClient jdbc, AdoptionSums sums) {
    this.jdbc = jdbc;
    this.sums = sums;
  }

  /**
   * Adds the rollups of a source's days to the summaries. Cost: the rollup rows of those days (a
   * nightly file: one day), hashed against the roster's log ids.
   */
  @Override
  public void rollupsChanged(
      UUID organisation, UsageSource source, LocalDate firstDay, LocalDate lastDay) {
    UUID implementation = source.implementation().value();
    // whose summed days from firstDay on may change: those with days there already (taken out
    // now), and those the import adds days to (returned below); all put back after
    Set<UUID> people =
        new java.util.HashSet<>(
            jdbc.sql(
                    """
                    select distinct staff_id from usage_person_day
                     where implementation_id = ? and day >= ?
                    """)
                .params(implementation, firstDay)
                .query(UUID.class)
                .list());
    sums.takeOut(implementation, people, firstDay);
    List<UUID> added =
        jdbc.sql(
                "with "
                    + KEYS
                    + """
                insert into usage_person_day as p (organisation_id, implementation_id, staff_id, day, actions)
                select d.organisation_id, cast(:implementation as uuid), k.staff_id, d.day,
                       array_agg(distinct d.action order by d.action)
                  from usage_daily d join keys k on k.user_key = lower(d.user_id)
                 where d.organisation_id = :organisation and d.source_id = :source
                   and d.day between :first and :last
                 group by d.organisation_id, k.staff_id, d.day
                on conflict (implementation_id, day, staff_id) do update
                   set actions = (select array_agg(distinct a order by a)
                                    from unnest(p.actions || excluded.actions) a)
                 where not (excluded.actions <@ p.actions)
                returning p.staff_id
                """)
            .param("organisation", organisation)
            .param("implementation", implementation)
            .param("source", source.id().value())
            .param("first", firstDay)
            .param("last", lastDay)
            .query(UUID.class)
            .list();
    // people with no days from firstDay on before: their days there were nothing to take out, but
    // their training was not taken out yet
    sums.takeOutTraining(
        implementation, added.stream().filter(id -> !people.contains(id)).distinct().toList());
    people.addAll(added);
    sums.putBack(implementation, people, firstDay);
  }

  /**
   * Rebuilds the summaries of some people from the rollups of every source, after the ids mapped to
   * them changed (an id mapped to someone, or moved from one person to another).
   */
  void refreshPeople(UUID organisation, Collection<UUID> staff) {
    Set<UUID> people = Set.copyOf(staff);
    if (people.isEmpty()) {
      return;
    }
    String[] ids = people.stream().map(UUID::toString).toArray(String[]::new);
    List<UUID> implementations = sums.implementations();
    for (UUID implementation : implementations) {
      sums.takeOut(implementation, people, null);
    }
    jdbc.sql(
            "delete from usage_person_day where staff_id = any (cast(cast(:staff as text[]) as uuid[]))")
        .param("staff", ids)
        .update();
    jdbc.sql(
            "with "
                + KEYS
                + """
                , mine as (select staff_id, user_key from keys where staff_id = any (cast(cast(:staff as text[]) as uuid[])))
                insert into usage_person_day (organisation_id, implementation_id, staff_id, day, actions)
                select s.organisation_id, s.implementation_id, m.staff_id, d.day,
                       array_agg(distinct d.action order by d.action)
                  from usage_source s
                  join mine m on true
                  join lateral (
                    select d.day, d.action from usage_daily d
                     where d.organisation_id = s.organisation_id and d.source_id = s.id
                       and lower(d.user_id) = m.user_key
                  ) d on true
                 where s.organisation_id = :organisation
                 group by s.organisation_id, s.implementation_id, m.staff_id, d.day
                """)
        .param("organisation", organisation)
        .param("staff", ids)
        .update();
    for (UUID implementation : implementations) {
      sums.putBack(implementation, people, null);
    }
  }
}
