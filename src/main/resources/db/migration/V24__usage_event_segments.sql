-- Raw usage events in compact segments (issue 5, ingest speed).
--
-- One row of usage_event_segment holds up to a few thousand events of one import, all of one UTC day, as parallel
-- arrays: times (microseconds since 1970-01-01 UTC), 16-byte keys, users, actions and units. A night's million
-- events are a few hundred rows instead of a million rows with a unique index entry each. Deduplication against
-- what is stored looks only at the segments that overlap the new file's time range (one index range scan: a segment
-- never spans more than one UTC day, so its first_at lies at most a day before any of its events). The segments are
-- partitioned by the month of first_at like the events were, so retention still drops whole partitions.
-- usage_event stays readable as a view with the same columns (one row per event), for ad-hoc SQL and the tests.

create table usage_event_segment (
  organisation_id uuid not null,
  source_id uuid not null,
  import_id uuid not null,
  first_at timestamptz not null,
  last_at timestamptz not null,
  events int not null check (events > 0),
  times bigint[] not null,
  keys uuid[] not null,
  user_ids text[] not null,
  actions text[] not null,
  unit_codes text[] not null,
  check (last_at >= first_at and last_at < first_at + interval '1 day')
) partition by range (first_at);
create index usage_event_segment_range_idx on usage_event_segment (organisation_id, source_id, first_at);

create table usage_event_segment_default partition of usage_event_segment default;

-- Monthly partitions, now of the segments; same name and contract as in V12.
create or replace function uptake_usage_partitions(p_from date, p_months int) returns int
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
    partition_name := format('usage_event_segment_%s', to_char(month, 'YYYY_MM'));
    continue when to_regclass(partition_name) is not null;
    begin
      execute format('create table %I partition of usage_event_segment for values from (%L) to (%L)',
                     partition_name, month::text || ' 00:00+00', (month + interval '1 month')::date::text || ' 00:00+00');
      perform uptake_enable_tenancy(partition_name::regclass);
      made := made + 1;
    exception
      when duplicate_table or check_violation then null;
    end;
  end loop;
  return made;
end
$$;

-- Drops the monthly partitions of the segments that end on or before p_before; same contract as in V21.
create or replace function uptake_usage_drop_partitions(p_before date) returns int
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
     where p.relname = 'usage_event_segment' and c.relname ~ '^usage_event_segment_[0-9]{4}_[0-9]{2}$'
  loop
    month := to_date(substring(part.relname from 21), 'YYYY_MM');
    if (month + interval '1 month')::date <= p_before then
      execute format('drop table %I', part.relname);
      dropped := dropped + 1;
    end if;
  end loop;
  return dropped;
end
$$;

select uptake_usage_partitions((now() - interval '36 months')::date, 50);

-- The stored events move into segments of at most 4096 events (same import, same UTC day). The migration runs as
-- the owner, to whom a forced policy would show no rows.
alter table usage_event no force row level security;
insert into usage_event_segment (organisation_id, source_id, import_id, first_at, last_at, events, times, keys,
                                 user_ids, actions, unit_codes)
select organisation_id, source_id, import_id, min(occurred_at), max(occurred_at), count(*),
       array_agg((extract(epoch from occurred_at) * 1000000)::bigint order by occurred_at, event_key),
       array_agg(event_key order by occurred_at, event_key),
       array_agg(user_id order by occurred_at, event_key),
       array_agg(action order by occurred_at, event_key),
       array_agg(unit_code order by occurred_at, event_key)
  from (select e.*, (occurred_at at time zone 'UTC')::date as utc_day,
               (row_number() over (partition by organisation_id, source_id, import_id,
                                                (occurred_at at time zone 'UTC')::date
                                       order by occurred_at, event_key) - 1) / 4096 as chunk
          from usage_event e) numbered
 group by organisation_id, source_id, import_id, utc_day, chunk;
drop table usage_event cascade;

select uptake_enable_tenancy('usage_event_segment');
select uptake_enable_tenancy('usage_event_segment_default');

-- One row per event, as the table was. security_invoker: the reader's tenant policy applies to the segments.
create view usage_event with (security_invoker = true) as
select s.organisation_id, s.source_id, e.event_key,
       timestamptz '1970-01-01 00:00:00+00' + e.micros * interval '1 microsecond' as occurred_at,
       e.user_id, e.action, e.unit_code, s.import_id
  from usage_event_segment s
 cross join lateral unnest(s.keys, s.times, s.user_ids, s.actions, s.unit_codes)
         as e(event_key, micros, user_id, action, unit_code);

-- The rollups and unknown users are written only by the importer, a few hundred thousand rows per night's file,
-- for a source it has just read under the tenant's policy (and organisations and sources are never deleted). A
-- foreign key checks every inserted row with a query and a row lock on the referenced row; for the 280,000 rollup
-- rows of a 1 M-event file that was most of the time of the rollup insert (docs/benchmarks.md). The raw events never
-- had these keys; now the rollups and unknown users do not either. The tenant policy still checks organisation_id.
alter table usage_daily drop constraint usage_daily_organisation_id_fkey,
                        drop constraint usage_daily_source_id_fkey;
alter table usage_unknown_user drop constraint usage_unknown_user_organisation_id_fkey;
