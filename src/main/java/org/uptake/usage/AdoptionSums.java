package org.uptake.usage;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.implementation.ImplementationId;
import org.uptake.implementation.Implementations;
import org.uptake.implementation.PhaseName;
import org.uptake.implementation.UnitPlan;

/**
 * Keeps the dashboard's pre-summed tables (V25: {@code adoption_person}, {@code adoption_day},
 * {@code adoption_action_day}, {@code adoption_trained}; V27: {@code adoption_action_week}; V29:
 * {@code adoption_day_total}, {@code adoption_week}, {@code adoption_trained_total}; the week and
 * total statements are in {@link AdoptionTotals}) equal to the sums of the people they count. A
 * change for some people is made by taking their part out of the sums as it was stored ({@link
 * #takeOut}, before the days of use change), then reading who they are now and putting their part
 * back ({@link #putBack}). The cost is that of the people and days changed: a nightly import, the
 * people of that day and their day; a training record or a roster change, one person's year. Always
 * called inside the transaction of the change. Not a public API.
 */
@Component
class AdoptionSums {

  /** The people given, as counted now (those in no unit are not counted). */
  static final String PEOPLE =
      """
      persons as (
        select * from adoption_person
         where implementation_id = :implementation and unit_id is not null
           and staff_id = any (cast(cast(:staff as text[]) as uuid[]))
      )
      """;

  /** The people's days from a day on, with the day of their previous use. */
  private static final String DAYS =
      PEOPLE
          + """
      , days as (
        select d.staff_id, d.day, d.actions,
               coalesce(lag(d.day) over (partition by d.staff_id order by d.day),
                        (select max(e.day) from usage_person_day e
                          where e.implementation_id = :implementation and e.staff_id = d.staff_id
                            and e.day < cast(:from as date)),
                        date '-infinity') as previous
          from usage_person_day d join persons p using (staff_id)
         where d.implementation_id = :implementation and d.day >= cast(:from as date)
      )
      """;

  private static final String ADD_DAYS =
      "with "
          + DAYS
          + """
          insert into adoption_day as a (organisation_id, implementation_id, day, unit_id, professional_group,
                                         previous, trained_by, people)
          select p.organisation_id, p.implementation_id, d.day, p.unit_id, p.professional_group, d.previous,
                 case when p.trained_on is null then date 'infinity'
                      else greatest(p.trained_on, d.day) end, :sign * count(*)
            from days d join persons p using (staff_id)
           group by 1, 2, 3, 4, 5, 6, 7
           order by 3, 4, 5, 6, 7
          on conflict (implementation_id, day, unit_id, professional_group, previous, trained_by)
          do update set people = a.people + excluded.people
          """;

  private static final String ADD_ACTIONS =
      "with "
          + DAYS
          + """
          , acts as (
            select d.staff_id, d.day, x.action,
                   coalesce(lag(d.day) over (partition by d.staff_id, x.action order by d.day),
                            (select max(e.day) from usage_person_day e
                              where e.implementation_id = :implementation and e.staff_id = d.staff_id
                                and e.day < cast(:from as date) and x.action = any (e.actions)),
                            date '-infinity') as previous
              from days d cross join unnest(d.actions) x(action)
          )
          insert into adoption_action_day as a (organisation_id, implementation_id, day, unit_id,
                                                professional_group, action, previous, people)
          select p.organisation_id, p.implementation_id, d.day, p.unit_id, p.professional_group, d.action,
                 d.previous, :sign * count(*)
            from acts d join persons p using (staff_id)
           group by 1, 2, 3, 4, 5, 6, 7
           order by 3, 4, 5, 6, 7
          on conflict (implementation_id, day, unit_id, professional_group, action, previous)
          do update set people = a.people + excluded.people
          """;

  private static final String ADD_TRAINED =
      """
      insert into adoption_trained as t (organisation_id, implementation_id, unit_id, professional_group,
                                         trained_on, live_from, first_use, people)
      select organisation_id, implementation_id, unit_id, professional_group, trained_on,
             coalesce(live_from, date 'infinity'), coalesce(first_use, date 'infinity'), :sign * count(*)
        from adoption_person
       where implementation_id = :implementation and unit_id is not null and trained_on is not null
         and staff_id = any (cast(cast(:staff as text[]) as uuid[]))
       group by 1, 2, 3, 4, 5, 6, 7
       order by 3, 4, 5, 6, 7
      on conflict (implementation_id, unit_id, professional_group, trained_on, live_from, first_use)
      do update set people = t.people + excluded.people
      """;

  /**
   * Who the people are now: unit (if active), group, first training, their unit's go-live now, and
   * their first use on or after both.
   */
  private static final String PERSONS =
      """
      with live (unit_id, go_live) as (
        select * from unnest(cast(cast(:units as text[]) as uuid[]), cast(cast(:goLive as text[]) as date[]))
      )
      insert into adoption_person as p (organisation_id, implementation_id, staff_id, unit_id,
                                        professional_group, trained_on, live_from, first_use)
      select s.organisation_id, cast(:implementation as uuid), s.id, case when s.active then s.unit_id end,
             s.professional_group, t.trained_on, l.go_live,
             case when t.trained_on is not null then
               (select min(d.day) from usage_person_day d
                 where d.implementation_id = :implementation and d.staff_id = s.id
                   and d.day >= greatest(t.trained_on, l.go_live))
             end
        from staff s
        left join live l on l.unit_id = s.unit_id
        left join (select staff_id, min(trained_on) as trained_on from usage_training
                    where implementation_id = :implementation
                      and staff_id = any (cast(cast(:staff as text[]) as uuid[]))
                    group by staff_id) t on t.staff_id = s.id
       where s.id = any (cast(cast(:staff as text[]) as uuid[]))
      on conflict (implementation_id, staff_id) do update
         set unit_id = excluded.unit_id, professional_group = excluded.professional_group,
             trained_on = excluded.trained_on, live_from = excluded.live_from, first_use = excluded.first_use
      """;

  private final JdbcClient jdbc;
  private final Implementations implementations;

  AdoptionSums(JdbcClient jdbc, Implementations implementations) {
    this.jdbc = jdbc;
    this.implementations = implementations;
  }

  /**
   * Takes the people's part out of the sums, as stored: their days from {@code from} on (null: all)
   * and their training. Call before their days of use change.
   */
  void takeOut(UUID implementation, Collection<UUID> staff, @Nullable LocalDate from) {
    add(implementation, staff, from, -1);
  }

  /**
   * Takes only the people's training out of the sums, as stored: for people whose days from a day
   * on were empty when {@link #takeOut} was called and who then got days there.
   */
  void takeOutTraining(UUID implementation, Collection<UUID> staff) {
    if (!staff.isEmpty()) {
      trained(implementation, staff, -1);
    }
  }

  /**
   * Reads who the people are now (unit, group, training, first use) and puts their part back into
   * the sums: their days from {@code from} on (null: all) and their training.
   */
  void putBack(UUID implementation, Collection<UUID> staff, @Nullable LocalDate from) {
    if (staff.isEmpty()) {
      return;
    }
    persons(implementation, staff);
    add(implementation, staff, from, 1);
    for (String table : List.of("adoption_day", "adoption_action_day", "adoption_day_total")) {
      jdbc.sql(
              "delete from "
                  + table
                  + " where implementation_id = ? and day >= coalesce(?, date '-infinity')"
                  + " and people = 0")
          .params(implementation, from)
          .update();
    }
    for (String table : List.of("adoption_action_week", "adoption_week")) {
      jdbc.sql("delete from " + table + " where implementation_id = ? and week >= ? and people = 0")
          .params(implementation, monday(from))
          .update();
    }
    deleteEmptyTrained(implementation);
  }

  /** Writes who the people are now into {@code adoption_person}. */
  private void persons(UUID implementation, Collection<UUID> staff) {
    List<UnitPlan> live =
        implementations.get(new ImplementationId(implementation)).units().stream()
            .filter(plan -> plan.phase(PhaseName.GO_LIVE).actualStart() != null)
            .toList();
    statement(PERSONS, implementation, staff, null, 1)
        .param(
            "units",
            live.stream().map(plan -> plan.unit().value().toString()).toArray(String[]::new))
        .param(
            "goLive",
            live.stream()
                .map(plan -> plan.phase(PhaseName.GO_LIVE).actualStart().toString())
                .toArray(String[]::new))
        .update();
  }

  /**
   * Takes the people's training part (their go-live and first use on or after it and training) out
   * and puts it back as they are now; their days are left as they are. For a change of go-live.
   */
  void refreshTraining(UUID implementation, Collection<UUID> staff) {
    if (staff.isEmpty()) {
      return;
    }
    trained(implementation, staff, -1);
    persons(implementation, staff);
    trained(implementation, staff, 1);
    deleteEmptyTrained(implementation);
  }

  /** Takes out and puts back: after a change of who the people are (not of their days of use). */
  void refresh(UUID implementation, Collection<UUID> staff) {
    takeOut(implementation, staff, null);
    putBack(implementation, staff, null);
  }

  /**
   * Builds an implementation's sums again from the start: for a database whose {@code
   * usage_person_day} was filled before V25 (see {@link AdoptionSumsStart}), and for benchmarks.
   * Cost: every day of use of the implementation.
   */
  void rebuild(UUID implementation) {
    for (String table :
        List.of(
            "adoption_day",
            "adoption_action_day",
            "adoption_action_week",
            "adoption_day_total",
            "adoption_week",
            "adoption_trained_total",
            "adoption_trained",
            "adoption_person")) {
      jdbc.sql("delete from " + table + " where implementation_id = ?")
          .param(implementation)
          .update();
    }
    putBack(implementation, jdbc.sql("select id from staff").query(UUID.class).list(), null);
  }

  /** Whether the implementation has days of use but no sums yet (a database from before V25). */
  boolean missing(UUID implementation) {
    return jdbc.sql(
            """
            select exists (select 1 from usage_person_day where implementation_id = :id)
               and not exists (select 1 from adoption_person where implementation_id = :id)
            """)
        .param("id", implementation)
        .query(Boolean.class)
        .single();
  }

  /**
   * Whether the implementation has rows in {@code byDay} but none in {@code table}: a database
   * summed before V27 ({@code adoption_action_week}) or V29 ({@code adoption_week}).
   */
  boolean missing(UUID implementation, String byDay, String table) {
    return jdbc.sql(
            """
            select exists (select 1 from %s where implementation_id = :id)
               and not exists (select 1 from %s where implementation_id = :id)
            """
                .formatted(byDay, table))
        .param("id", implementation)
        .query(Boolean.class)
        .single();
  }

  /**
   * Builds an implementation's feature sums by week (V27) again from its days of use, for everyone
   * counted in it. Cost: every day of use of the implementation (about 2 minutes at 100,000 staff).
   */
  void rebuildWeeks(UUID implementation) {
    rebuildFromDays(implementation, "adoption_action_week", AdoptionTotals.ADD_ACTION_WEEKS);
  }

  /**
   * Builds an implementation's V29 sums again: the day totals from its {@code adoption_day} rows,
   * the trained totals from its {@code adoption_trained} rows, the week rows from its days of use
   * for everyone counted in it.
   */
  void rebuildTotals(UUID implementation) {
    for (String table : List.of("adoption_day_total", "adoption_trained_total")) {
      jdbc.sql("delete from " + table + " where implementation_id = ?")
          .param(implementation)
          .update();
    }
    jdbc.sql(AdoptionTotals.FILL_DAY_TOTALS).param("implementation", implementation).update();
    jdbc.sql(AdoptionTotals.FILL_TRAINED_TOTALS).param("implementation", implementation).update();
    rebuildFromDays(implementation, "adoption_week", AdoptionTotals.ADD_WEEKS);
  }

  private void rebuildFromDays(UUID implementation, String table, String statement) {
    jdbc.sql("delete from " + table + " where implementation_id = ?")
        .param(implementation)
        .update();
    List<UUID> counted =
        jdbc.sql(
                """
                select staff_id from adoption_person
                 where implementation_id = ? and unit_id is not null
                """)
            .param(implementation)
            .query(UUID.class)
            .list();
    if (!counted.isEmpty()) {
      statement(statement, implementation, counted, monday(null), 1).update();
    }
  }

  /**
   * The implementations of the current organisation that anyone can be counted in: those with a
   * usage source or a training record.
   */
  List<UUID> implementations() {
    return jdbc.sql(
            """
            select implementation_id from usage_source
            union
            select implementation_id from usage_training
            order by 1
            """)
        .query(UUID.class)
        .list();
  }

  private void add(
      UUID implementation, Collection<UUID> staff, @Nullable LocalDate from, int sign) {
    if (staff.isEmpty()) {
      return;
    }
    statement(ADD_DAYS, implementation, staff, from, sign).update();
    statement(ADD_ACTIONS, implementation, staff, from, sign).update();
    statement(AdoptionTotals.ADD_ACTION_WEEKS, implementation, staff, from, sign).update();
    statement(AdoptionTotals.ADD_DAY_TOTALS, implementation, staff, from, sign).update();
    statement(AdoptionTotals.ADD_WEEKS, implementation, staff, from, sign).update();
    trained(implementation, staff, sign);
  }

  /** The people's training part: {@code adoption_trained} and {@code adoption_trained_total}. */
  private void trained(UUID implementation, Collection<UUID> staff, int sign) {
    statement(ADD_TRAINED, implementation, staff, null, sign).update();
    statement(AdoptionTotals.ADD_TRAINED_TOTALS, implementation, staff, null, sign).update();
  }

  private void deleteEmptyTrained(UUID implementation) {
    for (String table : List.of("adoption_trained", "adoption_trained_total")) {
      jdbc.sql("delete from " + table + " where implementation_id = ? and people = 0")
          .param(implementation)
          .update();
    }
  }

  /** The Monday of the day's week (of the first day, for null). */
  private static LocalDate monday(@Nullable LocalDate day) {
    return (day == null ? LocalDate.of(1, 1, 1) : day)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private JdbcClient.StatementSpec statement(
      String sql, UUID implementation, Collection<UUID> staff, @Nullable LocalDate from, int sign) {
    return jdbc.sql(sql)
        .param("implementation", implementation)
        .param("staff", staff.stream().distinct().map(UUID::toString).toArray(String[]::new))
        .param("from", from == null ? LocalDate.of(1, 1, 1) : from)
        .param("sign", sign);
  }
}
