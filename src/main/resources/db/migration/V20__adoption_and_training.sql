-- Training records of each rollout and what the adoption dashboard needs to read the daily rollups fast (issue 5).

-- Who was trained for which implementation on which day. One row per person, rollout and day: recording the same
-- training twice (a form sent again, a file imported again) changes nothing.
create table usage_training (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisation (id),
  implementation_id uuid not null references implementation (id),
  staff_id uuid not null references staff (id),
  trained_on date not null,
  source text not null check (source in ('FORM', 'IMPORT')),
  note text check (length(note) <= 500),
  created_at timestamptz not null default now(),
  created_by uuid,
  updated_at timestamptz not null default now(),
  updated_by uuid,
  unique (organisation_id, implementation_id, staff_id, trained_on)
);
create index usage_training_staff_idx on usage_training (implementation_id, staff_id, trained_on);
select uptake_enable_tenancy('usage_training');


-- The dashboard finds each person's rows by their log id, ignoring case, within a span of days: without this
-- index a join from a few thousand staff to a quarter of rollups becomes a scan per person.
create index usage_daily_user_day_idx on usage_daily (organisation_id, source_id, lower(user_id), day);
