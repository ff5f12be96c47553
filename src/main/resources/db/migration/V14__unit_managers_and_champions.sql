-- Who answers for a unit: its managers (organisation module) and its tech champions (champion module).
-- Follow-ups of usage and survey results for a unit go to these people and to no one else.
create table unit_manager (
  organisation_id uuid not null references organisation (id),
  unit_id         uuid not null references unit (id),
  account_id      uuid not null references account (id),
  created_at      timestamptz not null default now(),
  created_by      uuid references account (id),
  primary key (unit_id, account_id)
);
create index unit_manager_account on unit_manager (account_id);
select uptake_enable_tenancy('unit_manager');

-- A tech champion's assignment to a unit: which of the six sub-roles they take on and the hours a week
-- set aside for it (undefined roles and no protected time are what the seeds' champions complained of).
create table champion_assignment (
  id              uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisation (id),
  unit_id         uuid not null references unit (id),
  account_id      uuid not null references account (id),
  sub_roles       text[] not null default '{}',
  hours_per_week  numeric(3, 1),
  since           date not null,
  until           date,
  created_at      timestamptz not null default now(),
  created_by      uuid references account (id),
  updated_at      timestamptz not null default now(),
  updated_by      uuid references account (id),
  constraint champion_assignment_period check (until is null or until >= since),
  constraint champion_assignment_hours check (hours_per_week is null or hours_per_week between 0 and 40)
);
create unique index champion_assignment_current on champion_assignment (unit_id, account_id) where until is null;
create index champion_assignment_account on champion_assignment (account_id) where until is null;
select uptake_enable_tenancy('champion_assignment');
