package org.uptake.usage;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.uptake.usage.AdoptionFigures.Cohort;
import org.uptake.usage.AdoptionFigures.CohortWeek;
import org.uptake.usage.AdoptionFigures.TrainingToUse;
import org.uptake.usage.AdoptionQueries.Scope;

/**
 * The dashboard's two statements that follow people from a day of their own (their unit's go-live,
 * their training) rather than over the period: retention by go-live cohort and training to first
 * use. Read from the same pre-summed tables as {@link AdoptionQueries}.
 */
@Component
class AdoptionCohortQueries {

  private final AdoptionQueries queries;

  AdoptionCohortQueries(AdoptionQueries queries) {
    this.queries = queries;
  }

  /**
   * Retention by go-live month: for weeks 1, 2, 4, 8 and 12 after each unit's go-live, of the staff
   * whose week has ended before today, how many used the service in it. Not limited to the period.
   * Summed day rows of each unit's weeks: a person's first day of use in the week. Each unit-week
   * reads its seven days by the primary key (a lateral probe): a hash join over the units read the
   * implementation's whole {@code adoption_day} (74 ms at 100,000 staff, 6-10 ms probed).
   */
  List<Cohort> cohorts(Scope scope) {
    return queries.timed("cohorts", () -> cohortsQuery(scope));
  }

  private List<Cohort> cohortsQuery(Scope scope) {
    Map<String, Long> sizes = new LinkedHashMap<>();
    Map<String, List<CohortWeek>> weeks = new LinkedHashMap<>();
    queries
        .sql(
            AdoptionQueries.STAFF
                + """
                , marks as (select k from unnest(cast(:marks as int[])) k),
                sizes as (select to_char(go_live, 'YYYY-MM') as cohort, sum(n) as n from staff_n group by 1),
                weeks as (
                  select l.unit_id, to_char(l.go_live, 'YYYY-MM') as cohort, m.k,
                         l.go_live + 7 * (m.k - 1) as week_start, l.go_live + 7 * m.k - 1 as week_end
                    from live l cross join marks m
                   where l.go_live + 7 * m.k - 1 < cast(:today as date)
                ),
                reached as (
                  select w.cohort, w.k, sum(s.n) as n from weeks w join staff_n s on s.unit_id = w.unit_id
                   group by 1, 2
                ),
                active as (
                  select w.cohort, w.k, sum(a.n) as n
                    from weeks w
                    cross join lateral (
                      select sum(a.people) as n from adoption_day a
                       where a.implementation_id = :implementation
                         and a.day between w.week_start and w.week_end and a.unit_id = w.unit_id
                         and a.previous < w.week_start and %s
                    ) a
                   group by 1, 2
                )
                select s.cohort, s.n, m.k, coalesce(r.n, 0) as reached, coalesce(a.n, 0) as active
                  from sizes s cross join marks m
                  left join reached r on r.cohort = s.cohort and r.k = m.k
                  left join active a on a.cohort = s.cohort and a.k = m.k
                 order by 1, 3
                """
                    .formatted(AdoptionQueries.GROUPS.formatted("a.professional_group")),
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
   * after it (and after their go-live), at any time up to today, as a histogram: from the summed
   * trained (their first use on or after training and their unit's go-live as it was when their row
   * was written), and, for people whose unit's go-live changed since, one index probe each.
   */
  TrainingToUse trainingToUse(Scope scope) {
    return queries.timed("training-to-use", () -> trainingToUseQuery(scope));
  }

  private TrainingToUse trainingToUseQuery(Scope scope) {
    List<long[]> histogram =
        queries
            .sql(
                AdoptionQueries.STAFF
                    + """
                    , summed as (
                      select case when t.first_use <= cast(:today as date) then t.first_use - t.trained_on end as days,
                             sum(t.people) as n
                        from adoption_trained t join live l on l.unit_id = t.unit_id
                       where t.implementation_id = :implementation and t.trained_on <= cast(:to as date)
                         and t.live_from = l.go_live and %1$s
                       group by 1
                    ),
                    probed as (
                      select (select min(d.day) from usage_person_day d
                               where d.implementation_id = :implementation and d.staff_id = p.staff_id
                                 and d.day >= greatest(p.trained_on, l.go_live)
                                 and d.day <= cast(:today as date)) - p.trained_on as days
                        from live l
                        cross join lateral (
                          select * from adoption_person p
                           where p.implementation_id = :implementation and p.unit_id = l.unit_id
                             and p.live_from < l.go_live
                          union all
                          select * from adoption_person p
                           where p.implementation_id = :implementation and p.unit_id = l.unit_id
                             and p.live_from > l.go_live
                          union all
                          select * from adoption_person p
                           where p.implementation_id = :implementation and p.unit_id = l.unit_id
                             and p.live_from is null
                        ) p
                       where p.trained_on <= cast(:to as date) and %2$s
                    )
                    select days, sum(n) as n
                      from (select days, n from summed union all select days, 1 from probed) x
                     group by days order by days nulls first
                    """
                        .formatted(
                            AdoptionQueries.GROUPS.formatted("t.professional_group"),
                            AdoptionQueries.GROUPS.formatted("p.professional_group")),
                scope)
            .query(
                (rs, n) ->
                    new long[] {
                      rs.getObject("days") == null ? -1 : rs.getLong("days"), rs.getLong("n")
                    })
            .list();
    long trained = histogram.stream().mapToLong(h -> h[1]).sum();
    List<long[]> used = histogram.stream().filter(h -> h[0] >= 0).toList();
    long users = used.stream().mapToLong(h -> h[1]).sum();
    if (users == 0) {
      return new TrainingToUse(trained, 0, null, null, null);
    }
    return new TrainingToUse(
        trained,
        users,
        decimal(percentile(used, users, 0.25)),
        decimal(percentile(used, users, 0.5)),
        decimal(percentile(used, users, 0.75)));
  }

  /** PostgreSQL's percentile_cont over a histogram of (value, count) in value order. */
  static double percentile(List<long[]> histogram, long size, double fraction) {
    double position = fraction * (size - 1);
    long first = (long) Math.floor(position);
    long second = (long) Math.ceil(position);
    double low = valueAt(histogram, first);
    double high = valueAt(histogram, second);
    double proportion = position - first;
    return proportion == 0 ? low : low + proportion * (high - low);
  }

  private static double valueAt(List<long[]> histogram, long index) {
    long seen = 0;
    for (long[] bar : histogram) {
      seen += bar[1];
      if (index < seen) {
        return bar[0];
      }
    }
    throw new IllegalArgumentException("index beyond the histogram");
  }

  private static @Nullable BigDecimal decimal(@Nullable Double value) {
    return value == null
        ? null
        : BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP);
  }
}
