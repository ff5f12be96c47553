package org.uptake.usage;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.usage.AdoptionFigures.Cohort;
import org.uptake.usage.AdoptionFigures.CohortWeek;
import org.uptake.usage.AdoptionFigures.Count;
import org.uptake.usage.AdoptionFigures.DayCount;
import org.uptake.usage.AdoptionFigures.FeatureUse;
import org.uptake.usage.AdoptionFigures.TrainingToUse;

/**
 * The dashboard's SQL. Everything is counted in the database from {@code usage_person_day} (one row
 * per person and day of use, kept by {@link AdoptionSummaries}) joined to the staff in view by
 * staff id; no rows of usage come to Java. Unit, group, go-live and training are read as they are
 * now.
 */
@Component
class AdoptionQueries {

  /** The staff in view, their log ids, and their use on or after go-live within the period. */
  private static final String PEOPLE =
      """
      with live (unit_id, go_live) as (
        select * from unnest(cast(cast(:units as text[]) as uuid[]), cast(cast(:goLive as text[]) as date[]))
      ),
      people as (
        select s.id as staff_id, s.unit_id, s.professional_group as grp, l.go_live,
               (select min(t.trained_on) from usage_training t
                 where t.implementation_id = :implementation and t.staff_id = s.id) as trained_on
          from staff s join live l on l.unit_id = s.unit_id
         where s.active
           and (cardinality(cast(:groups as text[])) = 0 or s.professional_group = any (cast(:groups as text[])))
      ),
      used as (
        select d.staff_id, d.day, a.action
          from usage_person_day d
          join people p on p.staff_id = d.staff_id
          cross join unnest(d.actions) a(action)
         where d.implementation_id = :implementation
           and d.day between :from and :to
           and d.day >= p.go_live
      ),
      person_days as (
        select d.staff_id, d.day
          from usage_person_day d
          join people p on p.staff_id = d.staff_id
         where d.implementation_id = :implementation
           and d.day between :from and :to
           and d.day >= p.go_live
      )
      """;

  /**
   * People counted from a day on, by that day: to sum "who is counted by day X" cheaply.
   * Materialised, else PostgreSQL inlines them into the per-day sums and counts the people once per
   * day.
   */
  private static final String STARTS =
      """
      , starts as materialized (
        select d.kind, d.dim, p.go_live as since, count(*) as n
          from dims d join people p using (staff_id) group by 1, 2, 3
      ),
      trained_starts as materialized (
        select d.kind, d.dim, greatest(p.go_live, p.trained_on) as since, count(*) as n
          from dims d join people p using (staff_id) where p.trained_on is not null group by 1, 2, 3
      )
      """;

  private final JdbcClient jdbc;
  private final MeterRegistry meters;

  AdoptionQueries(JdbcClient jdbc, MeterRegistry meters) {
    this.jdbc = jdbc;
    this.meters = meters;
  }

  /**
   * Times a query as {@code uptake.adoption.query} tagged with its name (for monitoring,
   * benchmarks).
   */
  private <T> T timed(String name, Supplier<T> query) {
    return Timer.builder("uptake.adoption.query")
        .description("Time of one adoption dashboard query in the database")
        .tag("query", name)
        .register(meters)
        .record(query);
  }

  /**
   * Asks PostgreSQL for hash joins for the rest of the transaction. The staff in view come from
   * arrays given as parameters, which the planner guesses at ten rows; with that guess it joins the
   * materialised lists of people and days by nested loops, which takes minutes with thousands of
   * staff. Hash joins are right for every statement here, whatever the size. No JIT either: these
   * statements are costed high (many CTEs), so PostgreSQL would compile them to machine code on
   * every read, which costs more than running them.
   */
  void preferHashJoins() {
    jdbc.sql("set local enable_nestloop = off").update();
    jdbc.sql("set local jit = off").update();
  }

  /** What every query is given. */
  record Scope(
      UUID implementation,
      List<UUID> units,
      List<LocalDate> goLive,
      List<String> groups,
      LocalDate from,
      LocalDate to,
      LocalDate today) {}

  private JdbcClient.StatementSpec sql(String sql, Scope scope) {
    return jdbc.sql(sql)
        .param("implementation", scope.implementation())
        .param("units", scope.units().stream().map(UUID::toString).toArray(String[]::new))
        .param("goLive", scope.goLive().stream().map(LocalDate::toString).toArray(String[]::new))
        .param("groups", scope.groups().toArray(String[]::new))
        .param("from", scope.from())
        .param("to", scope.to())
        .param("today", scope.today());
  }

  List<DayCount> days(Scope scope) {
    return timed("days", () -> daysQuery(scope));
  }

  private List<DayCount> daysQuery(Scope scope) {
    return sql(
            PEOPLE
                + ", dims as (select staff_id, 'ALL' as kind, '' as dim from people)"
                + STARTS
                + """
                , active as (
                  select u.day, count(*) as active, count(*) filter (where p.trained_on <= u.day) as active_trained
                    from person_days u join people p using (staff_id) group by u.day
                )
                select g.day::date as day,
                       (select coalesce(sum(n), 0) from starts where since <= g.day) as staff,
                       (select coalesce(sum(n), 0) from trained_starts where since <= g.day) as trained,
                       coalesce(a.active, 0) as active, coalesce(a.active_trained, 0) as active_trained
                  from generate_series(cast(:from as date), cast(:to as date), interval '1 day') g(day)
                  left join active a on a.day = g.day
                 order by 1
                """,
            scope)
        .query((rs, n) -> new DayCount(rs.getObject("day", LocalDate.class), count(rs)))
        .list();
  }

  /** A row of the spans query: a kind of breakdown, its key, a span (a week, or the period). */
  record SpanRow(String kind, String key, @Nullable LocalDate monday, Count count) {}

  /**
   * Week by week and for the whole period, for all in view, by unit and by professional group.
   * Staff and trained are counted at the end of each span; active means used at least once in it.
   */
  List<SpanRow> spans(Scope scope) {
    return timed("weeks", () -> spansQuery(scope));
  }

  private List<SpanRow> spansQuery(Scope scope) {
    return sql(
            PEOPLE
                + """
                , dims as (
                  select staff_id, 'ALL' as kind, '' as dim from people
                  union all select staff_id, 'UNIT', unit_id::text from people
                  union all select staff_id, 'GROUP', grp from people
                )
                """
                + STARTS
                + """
                , spans as (
                  select w::date as monday, w::date as span_key, least(w::date + 6, cast(:to as date)) as span_end
                    from generate_series(date_trunc('week', cast(:from as date)), cast(:to as date), interval '1 week') w
                  union all select null, date '-infinity', cast(:to as date)
                ),
                active_in as (
                  select s.monday, s.span_end, a.staff_id
                    from (select distinct cast(date_trunc('week', u.day) as date) as span_key, u.staff_id
                            from person_days u
                          union all
                          select distinct date '-infinity', u.staff_id from person_days u) a
                    join spans s using (span_key)
                ),
                active as (
                  select a.monday, d.kind, d.dim, count(*) as active,
                         count(*) filter (where p.trained_on <= a.span_end) as active_trained
                    from active_in a join dims d using (staff_id) join people p using (staff_id)
                   group by 1, 2, 3
                ),
                keys as (select distinct kind, dim from dims)
                select k.kind, k.dim, s.monday,
                       (select coalesce(sum(n), 0) from starts t
                         where t.kind = k.kind and t.dim = k.dim and t.since <= s.span_end) as staff,
                       (select coalesce(sum(n), 0) from trained_starts t
                         where t.kind = k.kind and t.dim = k.dim and t.since <= s.span_end) as trained,
                       coalesce(a.active, 0) as active, coalesce(a.active_trained, 0) as active_trained
                  from spans s cross join keys k
                  left join active a on a.kind = k.kind and a.dim = k.dim
                                    and a.monday is not distinct from s.monday
                 order by k.kind, k.dim, s.monday nulls first
                """,
            scope)
        .query(
            (rs, n) ->
                new SpanRow(
                    rs.getString("kind"),
                    rs.getString("dim"),
                    rs.getObject("monday", LocalDate.class),
                    count(rs)))
        .list();
  }

  /**
   * Users of each feature in the period among the staff live by its end; a log action is a
   * feature's when it equals the feature's name or its slug, ignoring case.
   *
   * @return the features in the order given, then the other actions by users
   */
  Map<Boolean, List<FeatureUse>> features(Scope scope, List<String> names, List<String> slugs) {
    return timed("features", () -> featuresQuery(scope, names, slugs));
  }

  private Map<Boolean, List<FeatureUse>> featuresQuery(
      Scope scope, List<String> names, List<String> slugs) {
    List<FeatureUse> listed = new ArrayList<>();
    List<FeatureUse> other = new ArrayList<>();
    long staff = staffAtEnd(scope);
    sql(
            PEOPLE
                + """
                , features as (
                  select * from unnest(cast(:names as text[]), cast(:slugs as text[])) with ordinality f(name, slug, ord)
                ),
                person_actions as (select distinct staff_id, action from used),
                matched as materialized (
                  select u.staff_id, u.action, f.ord
                    from person_actions u left join features f on lower(u.action) in (lower(f.name), f.slug)
                )
                select f.name, true as listed, f.ord,
                       (select count(distinct m.staff_id) from matched m where m.ord = f.ord) as users
                  from features f
                union all
                select m.action, false, null, count(distinct m.staff_id)
                  from matched m where m.ord is null group by m.action
                 order by 2 desc, 3, 4 desc, 1
                """,
            scope)
        .param("names", names.toArray(String[]::new))
        .param("slugs", slugs.toArray(String[]::new))
        .query(
            (ResultSet rs) -> {
              while (rs.next()) {
                FeatureUse use = new FeatureUse(rs.getString("name"), rs.getLong("users"), staff);
                (rs.getBoolean("listed") ? listed : other).add(use);
              }
              return Boolean.TRUE;
            });
    return Map.of(true, listed, false, other);
  }

  private long staffAtEnd(Scope scope) {
    return sql(PEOPLE + " select count(*) from people where go_live <= cast(:to as date)", scope)
        .query(Long.class)
        .single();
  }

  /**
   * Retention by go-live month: for weeks 1, 2, 4, 8 and 12 after each person's go-live, of those
   * whose week has ended before today, how many used the service in it. Not limited to the period.
   * One index probe per person and week (a subquery with a limit, which PostgreSQL does not turn
   * into a join over all the rows).
   */
  List<Cohort> cohorts(Scope scope) {
    return timed("cohorts", () -> cohortsQuery(scope));
  }

  private List<Cohort> cohortsQuery(Scope scope) {
    Map<String, Long> sizes = new LinkedHashMap<>();
    Map<String, List<CohortWeek>> weeks = new LinkedHashMap<>();
    sql(
            PEOPLE
                + """
                , marks as (select k from unnest(cast(:marks as int[])) k),
                sizes as (select to_char(go_live, 'YYYY-MM') as cohort, count(*) as n from people group by 1),
                reached as materialized (
                  select p.staff_id, p.go_live, m.k from people p cross join marks m
                   where p.go_live + 7 * m.k - 1 < cast(:today as date)
                ),
                active as (
                  select r.staff_id, r.k from reached r
                   where (select 1 from usage_person_day d
                           where d.implementation_id = :implementation and d.staff_id = r.staff_id
                             and d.day between r.go_live + 7 * (r.k - 1) and r.go_live + 7 * r.k - 1
                           limit 1) is not null
                )
                select s.cohort, s.n, m.k,
                       count(r.staff_id) as reached, count(a.staff_id) as active
                  from sizes s cross join marks m
                  left join people p on to_char(p.go_live, 'YYYY-MM') = s.cohort
                  left join reached r on r.staff_id = p.staff_id and r.k = m.k
                  left join active a on a.staff_id = r.staff_id and a.k = r.k
                 group by 1, 2, 3
                 order by 1, 3
                """,
            scope)
        .param("marks", AdoptionFigures.COHORT_WEEKS.toArray(Integer[]::new))
        .query(
            (ResultSet rs) -> {
              while (rs.next()) {
                String cohort = rs.getString("cohort");
                sizes.put(cohort, rs.getLong("n"));
                weeks
                    .computeIfAbsent(cohort, c -> new ArrayList<>())
                    .add(
                        new CohortWeek(
                            rs.getInt("k"), rs.getLong("reached"), rs.getLong("active")));
              }
              return Boolean.TRUE;
            });
    return sizes.entrySet().stream()
        .map(e -> new Cohort(e.getKey(), e.getValue(), List.copyOf(weeks.get(e.getKey()))))
        .toList();
  }

  /**
   * Days from each person's first training (by the end of the period) to their first use on or
   * after it (and after their go-live), at any time up to today: one index probe per person.
   */
  TrainingToUse trainingToUse(Scope scope) {
    return timed("training-to-use", () -> trainingToUseQuery(scope));
  }

  private TrainingToUse trainingToUseQuery(Scope scope) {
    return sql(
            PEOPLE
                + """
                , trained as (select staff_id, trained_on, go_live from people where trained_on <= cast(:to as date)),
                firsts as (
                  select t.staff_id, t.trained_on,
                         (select min(d.day) from usage_person_day d
                           where d.implementation_id = :implementation and d.staff_id = t.staff_id
                             and d.day >= greatest(t.trained_on, t.go_live) and d.day <= cast(:today as date)
                         ) as first_use
                    from trained t
                )
                select count(*) as trained, count(first_use) as used,
                       percentile_cont(array[0.25, 0.5, 0.75]) within group (order by first_use - trained_on)
                         filter (where first_use is not null) as quartiles
                  from firsts
                """,
            scope)
        .query(
            (rs, n) -> {
              Array array = rs.getArray("quartiles");
              Double[] q = array == null ? null : (Double[]) array.getArray();
              return new TrainingToUse(
                  rs.getLong("trained"),
                  rs.getLong("used"),
                  q == null ? null : decimal(q[0]),
                  q == null ? null : decimal(q[1]),
                  q == null ? null : decimal(q[2]));
            })
        .single();
  }

  private static @Nullable BigDecimal decimal(@Nullable Double value) {
    return value == null
        ? null
        : BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP);
  }

  private static Count count(ResultSet rs) throws SQLException {
    return new Count(
        rs.getLong("staff"),
        rs.getLong("trained"),
        rs.getLong("active"),
        rs.getLong("active_trained"));
  }
}
