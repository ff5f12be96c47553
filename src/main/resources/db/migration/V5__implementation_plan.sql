-- The implementation plan: digital services and their features, implementations of a service in the organisation,
-- the units taking part with their five phases and go-live gate, and who decides, does, is consulted and informed.
-- People are accounts (they sign in, get tasks); units are the organisation's units.

create table digital_service (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisation (id),
  name text not null,
  supplier text,
  description text,
  created_at timestamptz not null default now(),
  created_by uuid,
  updated_at timestamptz not null default now(),
  updated_by uuid
);
create index digital_service_organisation_idx on digital_service (organisation_id);
select uptake_enable_tenancy('digital_service');

create table service_feature (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisation (id),
  service_id uuid not null references digital_service (id) on delete cascade,
  position int not null,
  name text not null,
  description text,
  unique (service_id, position)
);
select uptake_enable_tenancy('service_feature');

create table implementation (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisation (id),
  service_id uuid not null references digital_service (id),
  name text not null,
  goal text,
  status text not null check (status in ('PLANNING', 'IN_PROGRESS', 'PAUSED', 'COMPLETED')),
  start_date date,
  created_at timestamptz not null default now(),
  created_by uuid,
  updated_at timestamptz not null default now(),
  updated_by uuid
);
create index implementation_organisation_idx on implementation (organisation_id);
select uptake_enable_tenancy('implementation');

-- A unit taking part, and the person answering for its rollout.
create table implementation_unit (
  organisation_id uuid not null references organisation (id),
  implementation_id uuid not null references implementation (id),
  unit_id uuid not null references unit (id),
  owner_id uuid references account (id),
  created_at timestamptz not null default now(),
  created_by uuid,
  updated_at timestamptz not null default now(),
  updated_by uuid,
  primary key (implementation_id, unit_id)
);
select uptake_enable_tenancy('implementation_unit');

create table implementation_phase (
  organisation_id uuid not null references organisation (id),
  implementation_id uuid not null,
  unit_id uuid not null,
  phase text not null check (phase in ('PREPARE', 'TRAIN', 'GO_LIVE', 'EMBED', 'FOLLOW_UP')),
  planned_start date,
  planned_end date,
  actual_start date,
  actual_end date,
  created_at timestamptz not null default now(),
  created_by uuid,
  updated_at timestamptz not null default now(),
  updated_by uuid,
  primary key (implementation_id, unit_id, phase),
  foreign key (implementation_id, unit_id) references implementation_unit (implementation_id, unit_id),
  check ((planned_start is null) = (planned_end is null)),
  check (planned_end >= planned_start),
  check (actual_end is null or actual_start is not null),
  check (actual_end >= actual_start)
);
select uptake_enable_tenancy('implementation_phase');

create table gate_criterion (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisation (id),
  implementation_id uuid not null,
  unit_id uuid not null,
  position int not null,
  text text not null,
  met boolean not null default false,
  confirmed_by uuid references account (id),
  confirmed_on date,
  created_at timestamptz not null default now(),
  created_by uuid,
  updated_at timestamptz not null default now(),
  updated_by uuid,
  foreign key (implementation_id, unit_id) references implementation_unit (implementation_id, unit_id),
  check (met = (confirmed_by is not null and confirmed_on is not null))
);
create index gate_criterion_unit_idx on gate_criterion (implementation_id, unit_id, position);
select uptake_enable_tenancy('gate_criterion');

create table plan_activity (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisation (id),
  implementation_id uuid not null references implementation (id),
  title text not null,
  description text,
  phase text check (phase in ('PREPARE', 'TRAIN', 'GO_LIVE', 'EMBED', 'FOLLOW_UP')),
  unit_id uuid references unit (id),
  created_at timestamptz not null default now(),
  created_by uuid,
  updated_at timestamptz not null default now(),
  updated_by uuid
);
create index plan_activity_implementation_idx on plan_activity (implementation_id);
select uptake_enable_tenancy('plan_activity');

-- RACI: A decides (exactly one), R does, C is consulted, I is informed.
create table activity_role (
  organisation_id uuid not null references organisation (id),
  activity_id uuid not null references plan_activity (id) on delete cascade,
  account_id uuid not null references account (id),
  role char(1) not null check (role in ('A', 'R', 'C', 'I')),
  primary key (activity_id, account_id, role)
);
create unique index activity_role_one_accountable on activity_role (activity_id) where role = 'A';
create index activity_role_account_idx on activity_role (account_id);
select uptake_enable_tenancy('activity_role');

create table plan_decision (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisation (id),
  implementation_id uuid not null references implementation (id),
  activity_id uuid references plan_activity (id),
  summary text not null,
  rationale text,
  decided_by uuid not null references account (id),
  decided_on date not null,
  created_at timestamptz not null default now(),
  created_by uuid,
  updated_at timestamptz not null default now(),
  updated_by uuid
);
create index plan_decision_implementation_idx on plan_decision (implementation_id, decided_on desc);
select uptake_enable_tenancy('plan_decision');
