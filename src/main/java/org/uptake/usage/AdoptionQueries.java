package org.uptake.usage;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.usage.AdoptionFigures.Count;
import org.uptake.usage.AdoptionFigures.DayCount;
import org.uptake.usage.AdoptionFigures.FeatureUse;

/**
 * The dashboard's SQL. Everything is counted in the database from the pre-summed tables of V25, V27
 * and V29 (kept by {@link AdoptionSums}; design and figures in docs/usage.md), keyed by unit,
 * professional group and day or week, with go-live applied when read; the staff in view are counted
 * from their sums. A person is active in a span exactly once, on their first day (or whole week) of
 * use in it: the summed rows whose previous day (or week) of use lies before the span's start.
 */
@Component
class AdoptionQueries {

  static final String GROUPS =
      "(cardinality(cast(:groups as text[])) = 0 or %s = any (cast(:groups as text[])))";

  /**
   * The units in view with their go-live, the staff in view by unit, group (and go-live), and the
   * trained among them by the day they count from (the later of training and go-live).
   */
  static final String STAFF =
      """
      with live (unit_id, go_live) as (
        select * from unnest(cast(cast(:units as text[]) as uuid[]), cast(cast(:goLive as text[]) as date[]))
      ),
      staff_n as materialized (
        select s.unit_id, s.professional_group as grp, l.go_live, s.people as n
          from adoption_staff s join live l on l.unit_id = s.unit_id
         where %s
      ),
      trained_n as materialized (
        select t.unit_id, t.professional_group as grp, greatest(t.trained_on, l.go_live) as since,
               sum(t.people) as n
          from adoption_trained_total t join live l on l.unit_id = t.unit_id
         where t.implementation_id = :implementation and %s
         group by 1, 2, 3
      )
      """
          .formatted(
              GROUPS.formatted("s.professional_group"), GROUPS.formatted("t.professional_group"));

  /**
   * The people active on each day of the period, and the trained among them, on or after their
   * unit's go-live: the day totals (V29), one row per day, unit and group.
   */
  private static final String ACTIVE_DAYS =
      """
      , active as (
        select a.day, sum(a.people) as active, sum(a.trained) as active_trained
          from adoption_day_total a join live l on l.unit_id = a.unit_id
         where a.implementation_id = :implementation and a.day between :from and :to
           and a.day >= l.go_live and %s
         group by a.day
      )
      """
          .formatted(GROUPS.formatted("a.professional_group"));

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
  <T> T timed(String name, Supplier<T> query) {
    return Timer.builder("uptake.adoption.query")
        .description("Time of one adoption dashboard query in the database")
        .tag("query", name)
        .register(meters)
        .record(query);
  }

  /**
   * No JIT for the rest of the transaction: these statements are costed high (many CTEs), so
   * PostgreSQL would compile them to machine code on every read, which costs more than running
   * them.
   */
  void noJit() {
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

  JdbcClient.StatementSpec sql(String sql, Scope scope) {
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
            STAFF
                + ACTIVE_DAYS
                + """
                , staff_d as (
                  select greatest(go_live, cast(:from as date)) as day, sum(n) as n
                    from staff_n where go_live <= cast(:to as date) group by 1
                ),
                trained_d as (
                  select greatest(since, cast(:from as date)) as day, sum(n) as n
                    from trained_n where since <= cast(:to as date) group by 1
                )
                select g.day, coalesce(sum(s.n) over w, 0) as staff, coalesce(sum(t.n) over w, 0) as trained,
                       coalesce(a.active, 0) as active, coalesce(a.active_trained, 0) as active_trained
                  from (select cast(d as date) as day
                          from generate_series(cast(:from as date), cast(:to as date), interval '1 day') d) g
                  left join staff_d s on s.day = g.day
                  left join trained_d t on t.day = g.day
                  left join active a on a.day = g.day
                window w as (order by g.day)
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
   * Staff and trained are counted at the end of each span; active means used at least once in it:
   * per span and unit, from the later of the span's start and the unit's go-live (s), the summed
   * rows of a person's first week or day of use in the span. When s is a Monday, the whole weeks
   * from s are the week rows (V29) of people whose previous week of use was before s, and the days
   * after them (this week, in the default view) the day rows whose previous day of use was before
   * s; otherwise all from the day rows (as for features). Read by key for each span and unit (a
   * lateral probe: a hash join on the week of each row cost twice as much at 100,000 staff).
   */
  List<SpanRow> spans(Scope scope) {
    return timed("weeks", () -> spansQuery(scope));
  }

  private List<SpanRow> spansQuery(Scope scope) {
    return sql(
            STAFF
                + """
                , spans as (
                  select w::date as monday, w::date as k, greatest(w::date, cast(:from as date)) as span_start,
                         least(w::date + 6, cast(:to as date)) as span_end
                    from generate_series(date_trunc('week', cast(:from as date)), cast(:to as date), interval '1 week') w
                  union all select null, date '-infinity', cast(:from as date), cast(:to as date)
                ),
                bounds as (
                  select s.k, s.span_end, l.unit_id, b.s,
                         case when extract(isodow from b.s) = 1 then b.s + 7 * ((s.span_end - b.s + 1) / 7) - 1
                              else b.s - 1 end as weeks_end
                    from spans s cross join live l
                    cross join lateral (select greatest(s.span_start, l.go_live) as s) b
                ),
                active as (
                  select b.k, b.unit_id, a.grp, 0 as staff, 0 as trained, a.active, a.active_trained
                    from bounds b
                    cross join lateral (
                      select a.professional_group as grp, a.people as active,
                             case when a.trained_by <= b.span_end then a.people else 0 end as active_trained
                        from adoption_week a
                       where a.implementation_id = :implementation and a.unit_id = b.unit_id
                         and a.week between b.s and b.weeks_end - 6 and a.previous_week < b.s and %1$s
                      union all
                      select a.professional_group, a.people,
                             case when a.trained_by <= b.span_end then a.people else 0 end
                        from adoption_day a
                       where a.implementation_id = :implementation and a.unit_id = b.unit_id
                         and a.day between greatest(b.s, b.weeks_end + 1) and b.span_end
                         and a.previous < b.s and %1$s
                    ) a
                ),
                counts as (
                  select s.k, t.unit_id, t.grp, t.n as staff, 0 as trained, 0 as active, 0 as active_trained
                    from spans s join staff_n t on t.go_live <= s.span_end
                  union all
                  select s.k, t.unit_id, t.grp, 0, t.n, 0, 0
                    from spans s join trained_n t on t.since <= s.span_end
                  union all
                  select * from active
                ),
                keyed as (
                  select k,
                         case when grouping(unit_id) = 0 then 'UNIT' when grouping(grp) = 0 then 'GROUP'
                              else 'ALL' end as kind,
                         coalesce(cast(unit_id as text), grp, '') as dim,
                         sum(staff) as staff, sum(trained) as trained,
                         sum(active) as active, sum(active_trained) as active_trained
                    from counts
                   group by grouping sets ((k), (k, unit_id), (k, grp))
                ),
                keys as (
                  select distinct 'ALL' as kind, '' as dim from staff_n
                  union select distinct 'UNIT', cast(unit_id as text) from staff_n
                  union select distinct 'GROUP', grp from staff_n
                )
                select k.kind, k.dim, s.monday, coalesce(a.staff, 0) as staff, coalesce(a.trained, 0) as trained,
                       coalesce(a.active, 0) as active, coalesce(a.active_trained, 0) as active_trained
                  from spans s cross join keys k
                  left join keyed a on a.kind = k.kind and a.dim = k.dim and a.k = s.k
                 order by k.kind, k.dim, s.monday nulls first
                """
                    .formatted(GROUPS.formatted("a.professional_group")),
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
   * feature's when it equals the feature's name or its slug, ignoring case. Per unit, from the
   * later of the period's start and its go-live (s): when s is a Monday, the whole weeks are the
   * summed week rows (V27) of people whose previous week with the action was before s, and the days
   * after them the day rows whose previous day with it was before s; otherwise all from the day
   * rows. Summed per action: a feature that more than one action of the period matches ("Chat" and
   * "chat") is counted again from the people's days, so that someone who used both counts once.
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
    sql(
            STAFF
                + """
                , features as (
                  select * from unnest(cast(:names as text[]), cast(:slugs as text[])) with ordinality f(name, slug, ord)
                ),
                bounds as (
                  select unit_id, s,
                         case when extract(isodow from s) = 1 then s + 7 * ((cast(:to as date) - s + 1) / 7) - 1
                              else s - 1 end as weeks_end
                    from (select unit_id, greatest(cast(:from as date), go_live) as s from live) l
                ),
                acts as (
                  select x.action, sum(x.people) as users
                    from bounds b
                    cross join lateral (
                      select a.action, a.people from adoption_action_week a
                       where a.implementation_id = :implementation and a.week between b.s and b.weeks_end - 6
                         and a.unit_id = b.unit_id and a.previous_week < b.s and %1$s
                      union all
                      select a.action, a.people from adoption_action_day a
                       where a.implementation_id = :implementation
                         and a.day between greatest(b.s, b.weeks_end + 1) and cast(:to as date)
                         and a.unit_id = b.unit_id and a.previous < b.s and %2$s
                    ) x
                   group by x.action
                ),
                matched as (
                  select a.action, a.users, f.ord
                    from acts a left join features f on lower(a.action) in (lower(f.name), f.slug)
                )
                select f.name, true as listed, f.ord, coalesce(sum(m.users), 0) as users,
                       array_remove(array_agg(m.action), null) as actions,
                       (select coalesce(sum(n), 0) from staff_n where go_live <= cast(:to as date)) as staff
                  from features f left join matched m on m.ord = f.ord
                 group by f.name, f.ord
                union all
                select m.action, false, null, m.users, array[m.action],
                       (select coalesce(sum(n), 0) from staff_n where go_live <= cast(:to as date))
                  from matched m where m.ord is null
                 order by 2 desc, 3, 4 desc, 1
                """
                    .formatted(
                        GROUPS.formatted("a.professional_group"),
                        GROUPS.formatted("a.professional_group")),
            scope)
        .param("names", names.toArray(String[]::new))
        .param("slugs", slugs.toArray(String[]::new))
        .query(
            (ResultSet rs) -> {
              while (rs.next()) {
                String[] actions = (String[]) rs.getArray("actions").getArray();
                long users = rs.getLong("users");
                boolean isListed = rs.getBoolean("listed");
                if (isListed && actions.length > 1) {
                  users = distinctUsers(scope, actions);
                }
                FeatureUse use = new FeatureUse(rs.getString("name"), users, rs.getLong("staff"));
                (isListed ? listed : other).add(use);
              }
              return Boolean.TRUE;
            });
    return Map.of(true, listed, false, other);
  }

  /** People in view who used any of the actions in the period, counted from their days. */
  private long distinctUsers(Scope scope, String[] actions) {
    return sql(
            STAFF
                + """
                select count(distinct d.staff_id)
                  from usage_person_day d
                  join staff s on s.id = d.staff_id
                  join live l on l.unit_id = s.unit_id
                 where s.active and %s
                   and d.implementation_id = :implementation and d.day between :from and :to
                   and d.day >= l.go_live and d.actions && cast(:actions as text[])
                """
                    .formatted(GROUPS.formatted("s.professional_group")),
            scope)
        .param("actions", actions)
        .query(Long.class)
        .single();
  }

  private static Count count(ResultSet rs) throws SQLException {
    return new Count(
        rs.getLong("staff"),
        rs.getLong("trained"),
        rs.getLong("active"),
        rs.getLong("active_trained"));
  }
}
