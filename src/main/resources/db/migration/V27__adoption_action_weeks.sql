-- Feature users summed by week (issue 5, dashboard speed). Users of a feature in a period are a distinct count, not a
-- sum over days: V25's adoption_action_day counts a person on their first day with the action in the period (the row
-- whose previous day with it lies before the period), so a 12-week view summed about 80,000 rows at 100,000 staff.
-- This table holds one row per person, action and ISO week of use, at the person's week: keyed by the Monday of the
-- week and the Monday of the week of their previous use of the action (-infinity: none). For a span starting on a
-- Monday s, the people who used the action in [s, t] are the week rows of the whole weeks in it with previous_week < s,
-- plus the adoption_action_day rows of the days after the last whole week with previous < s (see docs/usage.md).
-- A span that starts on another day (a unit gone live mid-week, a period chosen so) is read from the day rows only.
-- Kept by AdoptionSums with the other sums, in the same transaction; filled at start-up when empty (AdoptionSumsStart).
create table adoption_action_week (
  organisation_id uuid not null references organisation (id),
  implementation_id uuid not null references implementation (id),
  week date not null,
  unit_id uuid not null references unit (id),
  professional_group text not null,
  action text not null,
  previous_week date not null,
  people integer not null,
  primary key (implementation_id, week, unit_id, professional_group, action, previous_week)
);
select uptake_enable_tenancy('adoption_action_week');

-- Who each active staff member is counted as in adoption_staff (unit, professional group): a roster change takes the
-- people changed out of adoption_staff as they were counted and puts them back as they are, at the cost of the
-- people changed (AdoptionSums.recountStaff recounted the whole organisation on every roster transaction).
create table adoption_staff_member (
  organisation_id uuid not null references organisation (id),
  staff_id uuid not null references staff (id),
  unit_id uuid not null references unit (id),
  professional_group text not null,
  primary key (staff_id)
);
select uptake_enable_tenancy('adoption_staff_member');
