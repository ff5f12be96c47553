-- The needs assessment of an implementation: each consultation held, which stakeholder group was heard, how, when,
-- how many people, from which units and which shift patterns. The gaps (who was not heard) are computed, not stored.

create table needs_consultation (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisation (id),
  implementation_id uuid not null references implementation (id),
  stakeholder_group text not null,
  method text not null check (method in ('INTERVIEW', 'FOCUS_GROUP', 'SURVEY', 'WORKSHOP', 'OBSERVATION', 'DOCUMENT')),
  held_on date not null,
  people int not null check (people between 1 and 100000),
  unit_ids uuid[] not null default '{}',
  shift_patterns text[] not null default '{}',
  note text,
  created_at timestamptz not null default now(),
  created_by uuid
);
create index needs_consultation_implementation_idx on needs_consultation (implementation_id);
select uptake_enable_tenancy('needs_consultation');
