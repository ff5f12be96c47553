package org.uptake.usage;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

  /** From this many people of a file on, the sums are computed without nested loops. */
  static final int MANY_PEOPLE = 1_000;

  private static final Logger log = LoggerFactory.getLogger(AdoptionSummaries.class);

  private final JdbcClient jdbc;
  private final AdoptionSums sums;

  AdoptionSummaries(JdbcClient jdbc, AdoptionSums sums) {
    this.jdbc = jdbc;
    this.sums = sums;
  }

  /**
   * Adds the rollups of a source's days to the summaries, for the people the file names. Cost: none
   * when the file names nobody on the roster; otherwise the file's known ids resolved to staff (an
   * index lookup each), the rollup rows of those days (a nightly file: one day) hashed against
   * them, and the dashboard's sums of the people whose days change (none when their days already
   * hold those actions, e.g. the same use logged by another source).
   */
  @Override
  public void rollupsChanged(
      UUID organisation,
      UsageSource source,
      LocalDate firstDay,
      LocalDate lastDay,
      Set<String> userKeys) {
    if (userKeys.isEmpty()) {
      return; // nobody's days of use changed
    }
    long start = System.nanoTime();
    List<Key> keys =
        jdbc.sql(
                "with "
                    + KEYS
                    + " select staff_id, user_key from keys where user_key = any (cast(:keys as text[]))")
            .param("keys", userKeys.toArray(String[]::new))
            .query(Key.class)
            .list();
    if (log.isDebugEnabled()) {
      log.debug(
          "{} log ids of the file on the roster: {} ms",
          keys.size(),
          (System.nanoTime() - start) / 1_000_000);
    }
    update(organisation, source, firstDay, lastDay, keys);
  }

  /**
   * As an import that names everyone on the roster: for rollups written by SQL (benchmarks), whose
   * user ids are not known here.
   */
  void rollupsChanged(
      UUID organisation, UsageSource source, LocalDate firstDay, LocalDate lastDay) {
    List<Key> keys =
        jdbc.sql("with " + KEYS + " select staff_id, user_key from keys").query(Key.class).list();
    update(organisation, source, firstDay, lastDay, keys);
  }

  /** A log id, in lower case, of a staff member. */
  record Key(UUID staffId, String userKey) {}

  private void update(
      UUID organisation,
      UsageSource source,
      LocalDate firstDay,
      LocalDate lastDay,
      List<Key> keys) {
    if (keys.isEmpty()) {
      return;
    }
    long start = System.nanoTime();
    UUID implementation = source.implementation().value();
    // Right after a bulk insert in this transaction the statistics are stale: the new days of
    // usage_daily (and, for the sums, the new rows of usage_person_day and adoption_person) are
    // outside the histograms or not counted, so they look empty, and a nested loop of them against
    // the people then costs rows × people (minutes for a day of 60,000 people). A hash join costs
    // rows + people whatever the estimates. Nested loops are off for the statements on the days'
    // rows here, and for the sums too when many people change; with a few, the sums' index lookups
    // per person stay.
    String nestloop =
        jdbc.sql("select current_setting('enable_nestloop')").query(String.class).single();
    nestedLoops("off");
    // the people's days of the file with their actions, less those usage_person_day holds already:
    // what is left changes, and only its people are taken out and put back
    jdbc.sql(
            """
            create temp table usage_person_fresh on commit drop as
            select k.staff_id, d.day, array_agg(distinct d.action order by d.action) as actions
              from unnest(cast(cast(:staff as text[]) as uuid[]), cast(:keys as text[]))
                     as k (staff_id, user_key)
              join usage_daily d on lower(d.user_id) = k.user_key
             where d.organisation_id = :organisation and d.source_id = :source
               and d.day between :first and :last
             group by k.staff_id, d.day
            """)
        .param("organisation", organisation)
        .param("source", source.id().value())
        .param("first", firstDay)
        .param("last", lastDay)
        .param("staff", keys.stream().map(key -> key.staffId().toString()).toArray(String[]::new))
        .param("keys", keys.stream().map(Key::userKey).toArray(String[]::new))
        .update();
    jdbc.sql(
            """
            delete from usage_person_fresh f using usage_person_day p
             where p.implementation_id = :implementation and p.day between :first and :last
               and p.staff_id = f.staff_id and p.day = f.day and f.actions <@ p.actions
            """)
        .param("implementation", implementation)
        .param("first", firstDay)
        .param("last", lastDay)
        .update();
    List<UUID> changed =
        jdbc.sql("select distinct staff_id from usage_person_fresh").query(UUID.class).list();
    long fresh = System.nanoTime();
    // whose summed days from firstDay on change: of those, the ones with days there already are
    // taken out now; the others had nothing there to take out but their training
    String[] changedIds = changed.stream().map(UUID::toString).toArray(String[]::new);
    Set<UUID> people =
        new HashSet<>(
            jdbc.sql(
                    """
                    select distinct staff_id from usage_person_day
                     where implementation_id = :implementation and day >= :first
                       and staff_id = any (cast(cast(:staff as text[]) as uuid[]))
                    """)
                .param("implementation", implementation)
                .param("first", firstDay)
                .param("staff", changedIds)
                .query(UUID.class)
                .list());
    boolean many = changed.size() >= MANY_PEOPLE;
    nestedLoops(many ? "off" : nestloop);
    sums.takeOut(implementation, people, firstDay);
    long takenOut = System.nanoTime();
    jdbc.sql(
            """
            insert into usage_person_day as p (organisation_id, implementation_id, staff_id, day, actions)
            select :organisation, :implementation, staff_id, day, actions from usage_person_fresh
            on conflict (implementation_id, day, staff_id) do update
               set actions = (select array_agg(distinct a order by a)
                                from unnest(p.actions || excluded.actions) a)
            """)
        .param("organisation", organisation)
        .param("implementation", implementation)
        .update();
    jdbc.sql("drop table usage_person_fresh").update();
    long inserted = System.nanoTime();
    sums.takeOutTraining(
        implementation, changed.stream().filter(id -> !people.contains(id)).toList());
    sums.putBack(implementation, changed, firstDay);
    nestedLoops(nestloop);
    if (log.isDebugEnabled()) {
      log.debug(
          "summaries of {} people: their new days {} ms ({} people changed, {} with days from the"
              + " first day on), taken out {} ms, usage_person_day {} ms, put back {} ms",
          keys.size(),
          (fresh - start) / 1_000_000,
          changed.size(),
          people.size(),
          (takenOut - fresh) / 1_000_000,
          (inserted - takenOut) / 1_000_000,
          (System.nanoTime() - inserted) / 1_000_000);
    }
  }

  /** Sets {@code enable_nestloop} until the end of the transaction or the next call. */
  private void nestedLoops(String value) {
    jdbc.sql("select set_config('enable_nestloop', :value, true)")
        .param("value", value)
        .query(String.class)
        .single();
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
