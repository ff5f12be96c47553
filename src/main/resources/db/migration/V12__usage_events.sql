-- Usage events from the service's own logs (issue 5). Raw events are partitioned by month of the event time so that
-- retention drops whole partitions; dashboards read only the daily rollups, which every import updates from the
-- rows it inserted. Every table is a tenant table; each partition is one too.

-- A log Uptake reads, named once per organisation, with its format and (for CSV) which columns hold what.
create table usage_source (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisation (id),
  implementation_id uuid not null references implementation (id),
  name text not null,
  format text not null check (format in ('CSV', 'NDJSON')),
  time_column text not null default 'time',
  user_column text not null default 'user',
  action_column text not null default 'action',
  unit_column text,
  event_id_column text,
  time_format text not null default 'ISO_OFFSET' check (time_format in ('ISO_OFFSET', 'EPOCH_MILLIS')),
  delimiter text not null default ',' check (delimiter in (',', ';', E'\t')),
  zone text not null default 'Europe/Helsinki',
  created_at timestamptz not null default now(),
  created_by uuid,
  unique (organisation_id, name)
);
create index usage_source_implementation_idx on usage_source (implementation_id);
select uptake_enable_tenancy('usage_source');

-- Raw events. PostgreSQL has no unique index across partitions, so the event time is part of the key: the same
-- event always carries the same time (a hash key is made from the time; a log's event id comes with its time).
create table usage_event (
  organisation_id uuid not null,
  source_id uuid not null,
  dedup_key text not null,
  occurred_at timestamptz not null,
  user_id text not null,
  action text not null,
  unit_code text,
  import_id uuid not null,
  primary key (organisation_id, source_id, dedup_key, occurred_at)
) partition by range (occurred_at);
select uptake_enable_tenancy('usage_event');

-- Times no monthly partition covers (the parsers accept 1970-9999) land here.
create table usage_event_default partition of usage_event default;
select uptake_enable_tenancy('usage_event_default');

-- Monthly partitions from p_from for p_months months, each with its own tenant policy; existing ones are left
-- alone. Runs as the owner, because the application role owns nothing and cannot create tables.
create function uptake_usage_partitions(p_from date, p_months int) returns int
  language plpgsql security definer set search_path = public
  as $$
declare
  month date;
  partition_name text;
  made int := 0;
begin
  if p_months < 0 or p_months > 240 then
    raise exception 'p_months must be between 0 and 240';
  end if;
  for i in 0 .. p_months - 1 loop
    month := (date_trunc('month', p_from) + make_interval(months => i))::date;
    partition_name := format('usage_event_%s', to_char(month, 'YYYY_MM'));
    continue when to_regclass(partition_name) is not null;
    begin
      execute format('create table %I partition of usage_event for values from (%L) to (%L)',
                     partition_name, month::text || ' 00:00+00', (month + interval '1 month')::date::text || ' 00:00+00');
      perform uptake_enable_tenancy(partition_name::regclass);
      made := made + 1;
    exception
      -- another session made it first, or the default partition already holds rows of that month
      when duplicate_table or check_violation then null;
    end;
  end loop;
  return made;
end
$$;
revoke all on function uptake_usage_partitions(date, int) from public;
grant execute on function uptake_usage_partitions(date, int) to ${app_role};

select uptake_usage_partitions((now() - interval '36 months')::date, 50);

-- Per person (the log's user id), day (in the source's time zone) and action: what dashboards read.
create table usage_daily (
  organisation_id uuid not null references organisation (id),
  source_id uuid not null references usage_source (id),
  user_id text not null,
  day date not null,
  action text not null,
  count bigint not null check (count > 0),
  first_use timestamptz not null,
  last_use timestamptz not null,
  primary key (organisation_id, source_id, user_id, day, action)
);
create index usage_daily_day_idx on usage_daily (organisation_id, source_id, day);
select uptake_enable_tenancy('usage_daily');

-- One committed import: a file (upload, command line) or one numbered batch of a stream (API).
create table usage_import (
  id uuid primary key,
  organisation_id uuid not null references organisation (id),
  source_id uuid not null references usage_source (id),
  channel text not null check (channel in ('UPLOAD', 'CLI', 'API')),
  file_name text not null,
  batch int,
  first_line bigint not null default 1,
  lines bigint not null,
  events bigint not null,
  inserted bigint not null,
  duplicates bigint not null,
  malformed bigint not null,
  unknown_user_events bigint not null,
  started_at timestamptz not null,
  finished_at timestamptz not null,
  created_by uuid
);
create index usage_import_source_idx on usage_import (source_id, finished_at desc);
select uptake_enable_tenancy('usage_import');

-- The first problems of each import (the import counts them all).
create table usage_import_problem (
  organisation_id uuid not null references organisation (id),
  import_id uuid not null references usage_import (id),
  ordinal int not null,
  line bigint not null,
  reason text not null,
  args text[] not null default '{}',
  primary key (import_id, ordinal)
);
select uptake_enable_tenancy('usage_import_problem');

-- External user ids seen in events that match no one on the roster, for the admin to map.
create table usage_unknown_user (
  organisation_id uuid not null references organisation (id),
  external_id text not null,
  events bigint not null,
  first_seen timestamptz not null,
  last_seen timestamptz not null,
  primary key (organisation_id, external_id)
);
select uptake_enable_tenancy('usage_unknown_user');

-- An external user id that is not the person's employee number, mapped by the admin to the staff member.
create table usage_user_map (
  organisation_id uuid not null references organisation (id),
  external_id text not null,
  staff_id uuid not null references staff (id),
  created_at timestamptz not null default now(),
  created_by uuid,
  primary key (organisation_id, external_id)
);
create index usage_user_map_staff_idx on usage_user_map (staff_id);
select uptake_enable_tenancy('usage_user_map');

-- The command line names its organisation; on a single-organisation install it need not. Reveals no name.
create function uptake_sole_organisation() returns uuid
  language sql stable security definer set search_path = public
  as $$ select case when count(*) = 1 then min(id::text)::uuid end from organisation $$;
revoke all on function uptake_sole_organisation() from public;
grant execute on function uptake_sole_organisation() to ${app_role};
