-- Who needs a visit (issue 5, part 3): per implementation, how many idle days make a person lapse; one follow-up per
-- person and episode, for the tech champions (else the managers) of the person's unit; the outcome they record.
-- And the retention of raw usage events (part 5): whole monthly partitions older than the retention period go.

-- N per implementation; without a row both are 14 days.
create table follow_up_setting (
  implementation_id uuid primary key references implementation (id),
  organisation_id uuid not null references organisation (id),
  never_started_days int not null check (never_started_days between 1 and 365),
  stopped_days int not null check (stopped_days between 1 and 365),
  updated_at timestamptz not null default now(),
  updated_by uuid
);
select uptake_enable_tenancy('follow_up_setting');

-- One episode of one person not using the service. The unique key is what makes the nightly run open an episode
-- once: the same person, kind and day it counts from is the same episode.
create table follow_up (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisation (id),
  implementation_id uuid not null references implementation (id),
  unit_id uuid not null references unit (id),
  staff_id uuid not null references staff (id),
  -- the name when the follow-up was opened, so champions (who may not read the roster) know whom to visit
  person_name text not null,
  kind text not null check (kind in ('NEVER_STARTED', 'STOPPED')),
  since date not null,
  opened_on date not null,
  routed_to text not null check (routed_to in ('CHAMPION', 'MANAGER', 'NOBODY')),
  status text not null default 'OPEN' check (status in ('OPEN', 'RESOLVED_BY_USE', 'DONE')),
  used_again_on date,
  outcome text check (outcome in ('LEARNED', 'NEEDS_TRAINING', 'NO_USE_IN_ROLE', 'OTHER')),
  note text check (length(note) <= 2000),
  created_at timestamptz not null default now(),
  created_by uuid,
  updated_at timestamptz not null default now(),
  updated_by uuid,
  unique (implementation_id, staff_id, kind, since),
  check ((status = 'DONE') = (outcome is not null) or status = 'RESOLVED_BY_USE')
);
create index follow_up_unit_idx on follow_up (implementation_id, unit_id, status);
select uptake_enable_tenancy('follow_up');

-- The inbox tasks a follow-up gave (one per champion or manager).
create table follow_up_task (
  follow_up_id uuid not null references follow_up (id),
  organisation_id uuid not null references organisation (id),
  task_id uuid not null,
  account_id uuid not null,
  primary key (follow_up_id, task_id)
);
select uptake_enable_tenancy('follow_up_task');

-- Drops the monthly partitions of usage_event that end on or before p_before (whole months only; the default
-- partition is emptied by the application, tenant by tenant, under row-level security). Runs as the owner, because
-- the application role owns nothing and cannot drop tables. The rollups (usage_daily) are not touched.
create function uptake_usage_drop_partitions(p_before date) returns int
  language plpgsql security definer set search_path = public
  as $$
declare
  part record;
  month date;
  dropped int := 0;
begin
  for part in
    select c.relname from pg_inherits i
      join pg_class c on c.oid = i.inhrelid
      join pg_class p on p.oid = i.inhparent
     where p.relname = 'usage_event' and c.relname ~ '^usage_event_[0-9]{4}_[0-9]{2}$'
  loop
    month := to_date(substring(part.relname from 13), 'YYYY_MM');
    if (month + interval '1 month')::date <= p_before then
      execute format('drop table %I', part.relname);
      dropped := dropped + 1;
    end if;
  end loop;
  return dropped;
end
$$;
revoke all on function uptake_usage_drop_partitions(date) from public;
grant execute on function uptake_usage_drop_partitions(date) to ${app_role};
