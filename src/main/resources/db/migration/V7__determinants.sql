-- The determinant register: each barrier or facilitator found in an implementation, who raised it, the units it
-- concerns, how strong and widespread it is, its framework tags (codes of the framework catalogues) and its evidence.
-- Every change leaves a row in determinant_history; a merged duplicate stays, pointing at the determinant it joined.

create table determinant (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisation (id),
  implementation_id uuid not null references implementation (id),
  valence text not null check (valence in ('BARRIER', 'FACILITATOR')),
  description text not null,
  stakeholder_groups text[] not null default '{}',
  unit_ids uuid[] not null default '{}',
  strength int not null check (strength between 1 and 3),
  spread int not null check (spread between 1 and 3),
  tags text[] not null default '{}',
  merged_into uuid references determinant (id),
  version int not null default 1,
  created_at timestamptz not null default now(),
  created_by uuid,
  updated_at timestamptz not null default now(),
  updated_by uuid
);
create index determinant_implementation_idx on determinant (implementation_id);
select uptake_enable_tenancy('determinant');

-- Evidence is only ever added; a merge moves it to the determinant kept.
create table determinant_evidence (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisation (id),
  determinant_id uuid not null references determinant (id),
  kind text not null check (kind in ('QUOTATION', 'SURVEY', 'NOTE')),
  text text not null,
  created_at timestamptz not null default now(),
  created_by uuid
);
create index determinant_evidence_determinant_idx on determinant_evidence (determinant_id);
select uptake_enable_tenancy('determinant_evidence');

-- Append-only: the determinant as it was after each change.
create table determinant_history (
  organisation_id uuid not null references organisation (id),
  determinant_id uuid not null references determinant (id),
  version int not null,
  change text not null check (change in ('CREATE', 'UPDATE', 'MERGE')),
  valence text not null,
  description text not null,
  stakeholder_groups text[] not null,
  unit_ids uuid[] not null,
  strength int not null,
  spread int not null,
  tags text[] not null,
  merged_into uuid,
  changed_at timestamptz not null default now(),
  changed_by uuid,
  primary key (determinant_id, version)
);
select uptake_enable_tenancy('determinant_history');
