-- Coarser pre-sums for the adoption dashboard's days and weeks statements (issue 5, dashboard request speed). V25's
-- adoption_day is keyed by the person's previous day of use and the day they count as trained from, so a 12-week view
-- summed thousands of rows per statement at 100,000 staff (days 7.4 ms, weeks 9.2 ms of a request's ≈ 29 ms in the
-- database). Kept by AdoptionSums with the other sums, in the same transaction; filled at start-up when empty
-- (AdoptionSumsStart). Design and figures: docs/usage.md ("What the dashboard reads"), docs/benchmarks.md.

-- The people who used the service on a day, by unit and group, and those of them trained by that day: a day's active
-- count needs no previous day (on a row's own day, "trained" is trained_by <= day, i.e. first training <= day, fixed
-- when written). The sums of adoption_day's rows of the day; go-live is applied when read (day >= go-live).
create table adoption_day_total (
  organisation_id uuid not null references organisation (id),
  implementation_id uuid not null references implementation (id),
  day date not null,
  unit_id uuid not null references unit (id),
  professional_group text not null,
  people integer not null,
  trained integer not null,
  primary key (implementation_id, day, unit_id, professional_group)
);
select uptake_enable_tenancy('adoption_day_total');

-- Weeks of use, summed: one row per person and ISO week of use, keyed by the week's Monday, the Monday of the week of
-- the person's previous use (-infinity: none) and greatest(first training, the week's Monday) (infinity: never
-- trained). As V27 does for features: for a span starting on a Monday s, the people active in it are the week rows of
-- its whole weeks with previous_week < s, plus adoption_day's rows of the days after the last whole week with
-- previous < s; trained by the span's end t is trained_by <= t (exact: the week's Monday is <= t). A span that starts
-- on another day (a unit gone live mid-week, a period chosen so) is read from adoption_day only.
create table adoption_week (
  organisation_id uuid not null references organisation (id),
  implementation_id uuid not null references implementation (id),
  week date not null,
  unit_id uuid not null references unit (id),
  professional_group text not null,
  previous_week date not null,
  trained_by date not null,
  people integer not null,
  primary key (implementation_id, week, unit_id, professional_group, previous_week, trained_by)
);
select uptake_enable_tenancy('adoption_week');

-- The trained by first training day, by unit and group: what the days and weeks statements need of adoption_trained
-- ("trained by day X" is greatest(trained_on, go-live) <= X), without its live_from and first_use keys (at 100,000
-- staff 226 rows against 1,203, read by both statements).
create table adoption_trained_total (
  organisation_id uuid not null references organisation (id),
  implementation_id uuid not null references implementation (id),
  unit_id uuid not null references unit (id),
  professional_group text not null,
  trained_on date not null,
  people integer not null,
  primary key (implementation_id, unit_id, professional_group, trained_on)
);
select uptake_enable_tenancy('adoption_trained_total');
