package org.uptake.usage;

/**
 * The statements that keep the coarser sums, run by {@link AdoptionSums} with the others (same
 * parameters: {@code :implementation}, {@code :staff}, {@code :from}, {@code :sign}): V27's {@code
 * adoption_action_week}, feature users by week, and V29's {@code adoption_day_total}, the people of
 * each day (and the trained among them), {@code adoption_week}, one row per person and ISO week of
 * use, and {@code adoption_trained_total}, the trained by first training day. The dashboard's days
 * and weeks statements read them instead of most of {@code adoption_day} (docs/usage.md).
 */
final class AdoptionTotals {

  /**
   * The people's part of the week rows (V27) from {@code :from} on: their ISO weeks with each
   * action after the week of {@code :from}, and that week itself only when they had not used the
   * action in it before {@code :from} (otherwise its row belongs to the days before {@code :from},
   * which a change from {@code :from} on does not touch); each at the Monday of the week of their
   * previous use of the action. So a change of days from a day on takes out and puts back exactly
   * the rows that can change, whoever the caller counts as changed.
   */
  static final String ADD_ACTION_WEEKS =
      "with "
          + AdoptionSums.PEOPLE
          + """
      , weeks as (
        select d.staff_id, cast(date_trunc('week', d.day) as date) as week, x.action
          from usage_person_day d join persons p using (staff_id)
          cross join unnest(d.actions) x(action)
         where d.implementation_id = :implementation and d.day >= cast(:from as date)
         group by 1, 2, 3
      ),
      all_acts as (
        select w.staff_id, w.week, w.action,
               coalesce(lag(w.week) over (partition by w.staff_id, w.action order by w.week),
                        (select cast(date_trunc('week', max(e.day)) as date) from usage_person_day e
                          where e.implementation_id = :implementation and e.staff_id = w.staff_id
                            and e.day < cast(:from as date) and w.action = any (e.actions)),
                        date '-infinity') as previous_week
          from weeks w
      ),
      acts as (
        select * from all_acts w
         where w.week >= cast(:from as date)
            or not exists (select 1 from usage_person_day e
                            where e.implementation_id = :implementation and e.staff_id = w.staff_id
                              and e.day >= w.week and e.day < cast(:from as date)
                              and w.action = any (e.actions))
      )
      insert into adoption_action_week as a (organisation_id, implementation_id, week, unit_id,
                                             professional_group, action, previous_week, people)
      select p.organisation_id, p.implementation_id, d.week, p.unit_id, p.professional_group, d.action,
             d.previous_week, :sign * count(*)
        from acts d join persons p using (staff_id)
       group by 1, 2, 3, 4, 5, 6, 7
       order by 3, 4, 5, 6, 7
      on conflict (implementation_id, week, unit_id, professional_group, action, previous_week)
      do update set people = a.people + excluded.people
      """;

  /**
   * The people's days from {@code :from} on, by day, unit and group; trained on a day means first
   * trained on or before it (adoption_day's {@code trained_by <= day}).
   */
  static final String ADD_DAY_TOTALS =
      "with "
          + AdoptionSums.PEOPLE
          + """
          insert into adoption_day_total as a (organisation_id, implementation_id, day, unit_id,
                                               professional_group, people, trained)
          select p.organisation_id, p.implementation_id, d.day, p.unit_id, p.professional_group,
                 :sign * count(*), :sign * count(*) filter (where p.trained_on <= d.day)
            from usage_person_day d join persons p using (staff_id)
           where d.implementation_id = :implementation and d.day >= cast(:from as date)
           group by 1, 2, 3, 4, 5
           order by 3, 4, 5
          on conflict (implementation_id, day, unit_id, professional_group)
          do update set people = a.people + excluded.people, trained = a.trained + excluded.trained
          """;

  /**
   * The people's part of the week rows from {@code :from} on, as {@code ADD_ACTION_WEEKS} does for
   * actions: their ISO weeks of use after the week of {@code :from}, and that week itself only when
   * they had not used the service in it before {@code :from} (otherwise its row belongs to the days
   * before {@code :from}, which a change from {@code :from} on does not touch); each at the Monday
   * of the week of their previous use, trained by the later of their first training and the week's
   * Monday.
   */
  static final String ADD_WEEKS =
      "with "
          + AdoptionSums.PEOPLE
          + """
          , weeks as (
            select distinct d.staff_id, cast(date_trunc('week', d.day) as date) as week
              from usage_person_day d join persons p using (staff_id)
             where d.implementation_id = :implementation and d.day >= cast(:from as date)
          ),
          all_weeks as (
            select w.staff_id, w.week,
                   coalesce(lag(w.week) over (partition by w.staff_id order by w.week),
                            (select cast(date_trunc('week', max(e.day)) as date) from usage_person_day e
                              where e.implementation_id = :implementation and e.staff_id = w.staff_id
                                and e.day < cast(:from as date)),
                            date '-infinity') as previous_week
              from weeks w
          ),
          kept as (
            select * from all_weeks w
             where w.week >= cast(:from as date)
                or not exists (select 1 from usage_person_day e
                                where e.implementation_id = :implementation and e.staff_id = w.staff_id
                                  and e.day >= w.week and e.day < cast(:from as date))
          )
          insert into adoption_week as a (organisation_id, implementation_id, week, unit_id, professional_group,
                                          previous_week, trained_by, people)
          select p.organisation_id, p.implementation_id, w.week, p.unit_id, p.professional_group, w.previous_week,
                 case when p.trained_on is null then date 'infinity' else greatest(p.trained_on, w.week) end,
                 :sign * count(*)
            from kept w join persons p using (staff_id)
           group by 1, 2, 3, 4, 5, 6, 7
           order by 3, 4, 5, 6, 7
          on conflict (implementation_id, week, unit_id, professional_group, previous_week, trained_by)
          do update set people = a.people + excluded.people
          """;

  /** The people's first training, by unit and group (from {@code adoption_person}, as stored). */
  static final String ADD_TRAINED_TOTALS =
      """
      insert into adoption_trained_total as t (organisation_id, implementation_id, unit_id, professional_group,
                                               trained_on, people)
      select organisation_id, implementation_id, unit_id, professional_group, trained_on, :sign * count(*)
        from adoption_person
       where implementation_id = :implementation and unit_id is not null and trained_on is not null
         and staff_id = any (cast(cast(:staff as text[]) as uuid[]))
       group by 1, 2, 3, 4, 5
       order by 3, 4, 5
      on conflict (implementation_id, unit_id, professional_group, trained_on)
      do update set people = t.people + excluded.people
      """;

  /**
   * An implementation's trained totals summed from its {@code adoption_trained} rows: the fill of a
   * database summed before V29.
   */
  static final String FILL_TRAINED_TOTALS =
      """
      insert into adoption_trained_total (organisation_id, implementation_id, unit_id, professional_group,
                                          trained_on, people)
      select organisation_id, implementation_id, unit_id, professional_group, trained_on, sum(people)
        from adoption_trained
       where implementation_id = :implementation
       group by 1, 2, 3, 4, 5
      having sum(people) <> 0
      """;

  /**
   * An implementation's day totals summed from its {@code adoption_day} rows (each day's rows are
   * its people): the fill of a database summed before V29.
   */
  static final String FILL_DAY_TOTALS =
      """
      insert into adoption_day_total (organisation_id, implementation_id, day, unit_id, professional_group,
                                      people, trained)
      select organisation_id, implementation_id, day, unit_id, professional_group, sum(people),
             coalesce(sum(people) filter (where trained_by <= day), 0)
        from adoption_day
       where implementation_id = :implementation
       group by 1, 2, 3, 4, 5
      having sum(people) <> 0
      """;

  private AdoptionTotals() {}
}
