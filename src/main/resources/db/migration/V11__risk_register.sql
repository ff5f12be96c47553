-- The safety and equity risk register of each implementation (the seven-factor framework's safety and equity):
-- what could harm or leave out whom, how likely and how bad. Mitigations are actions of the action plan
-- (action.risk_id points here).

create table risk (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisation (id),
  implementation_id uuid not null references implementation (id),
  description text not null,
  affects text[] not null default '{}',
  affects_other text,
  likelihood int not null check (likelihood between 1 and 5),
  impact int not null check (impact between 1 and 5),
  status text not null default 'OPEN' check (status in ('OPEN', 'MITIGATED', 'ACCEPTED', 'CLOSED')),
  version int not null default 1,
  created_at timestamptz not null default now(),
  created_by uuid,
  updated_at timestamptz not null default now(),
  updated_by uuid
);
create index risk_implementation_idx on risk (implementation_id);
select uptake_enable_tenancy('risk');
