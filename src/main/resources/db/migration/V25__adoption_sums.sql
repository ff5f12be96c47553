-- The adoption dashboard's pre-summed tables (issue 5, dashboard speed). The dashboard reads a few thousand summed
-- rows instead of the 100,000 people in view; the design and its measurements are in docs/usage.md ("Adoption
-- dashboard"). Kept by AdoptionSums in the same transaction as every change they depend on: an import
-- (RollupListener), an id mapped, a training record added, corrected or deleted, a staff member added, changed or
-- deactivated (StaffChanged). Go-live is not stored: the sums are keyed by unit and go-live is applied when read.
-- An existing database fills them at start-up from usage_person_day (AdoptionSumsStart).

-- Who each person is counted as in an implementation's sums now: their unit (null: not active, not counted),
-- professional group, first training for the implementation, their unit's go-live when this row was written
-- (live_from), and their first day of use on or after both (training to first use). The sums
-- below are the sums of these rows (and of the person's days), so a change of them is taken out and put back.
create table adoption_person (
  organisation_id uuid not null references organisation (id),
  implementation_id uuid not null references implementation (id),
  staff_id uuid not null references staff (id),
  unit_id uuid references unit (id),
  professional_group text not null,
  trained_on date,
  live_from date,
  first_use date,
  primary key (implementation_id, staff_id)
);
create index adoption_person_unit_idx on adoption_person (implementation_id, unit_id, live_from);
select uptake_enable_tenancy('adoption_person');

-- Days of use, summed: how many people of a unit and group used the service on a day, by the day of their previous
-- use (-infinity: none) and the day from which they count as trained (greatest(first training, day); infinity:
-- never trained). A person is active in a span [a, b] exactly once: on their first day of use in it, the row with
-- a <= day <= b and previous < a. So days, weeks, the period and the cohort weeks are all sums of these rows.
create table adoption_day (
  organisation_id uuid not null references organisation (id),
  implementation_id uuid not null references implementation (id),
  day date not null,
  unit_id uuid not null references unit (id),
  professional_group text not null,
  previous date not null,
  trained_by date not null,
  people integer not null,
  primary key (implementation_id, day, unit_id, professional_group, previous, trained_by)
);
select uptake_enable_tenancy('adoption_day');

-- The same for each action of the log: previous is the person's previous day with that action.
create table adoption_action_day (
  organisation_id uuid not null references organisation (id),
  implementation_id uuid not null references implementation (id),
  day date not null,
  unit_id uuid not null references unit (id),
  professional_group text not null,
  action text not null,
  previous date not null,
  people integer not null,
  primary key (implementation_id, day, unit_id, professional_group, action, previous)
);
select uptake_enable_tenancy('adoption_action_day');

-- The trained, summed: by unit, group, first training day, the unit's go-live when written (infinity: none) and
-- the first day of use on or after both (infinity: none). Read where live_from is the unit's go-live now; people
-- whose unit's go-live changed since are read one by one from adoption_person until they are refreshed.
create table adoption_trained (
  organisation_id uuid not null references organisation (id),
  implementation_id uuid not null references implementation (id),
  unit_id uuid not null references unit (id),
  professional_group text not null,
  trained_on date not null,
  live_from date not null,
  first_use date not null,
  people integer not null,
  primary key (implementation_id, unit_id, professional_group, trained_on, live_from, first_use)
);
select uptake_enable_tenancy('adoption_trained');

-- The active staff of each unit by professional group: who should use the service. Kept by StaffChanges (every
-- change to staff publishes StaffChanged) in the change's transaction; filled at start-up when empty.
create table adoption_staff (
  organisation_id uuid not null references organisation (id),
  unit_id uuid not null references unit (id),
  professional_group text not null,
  people integer not null,
  primary key (organisation_id, unit_id, professional_group)
);
select uptake_enable_tenancy('adoption_staff');
