-- What the adoption dashboard reads instead of usage_daily (issue 5): one row per person, implementation and day
-- of use, with the distinct actions of that day. The log's user id is resolved to the staff member at import (their
-- employee number or a mapped id, ignoring case), so the dashboard joins on staff ids, not on text, and reads one
-- row per person and day instead of one per action. Kept up to date in the import's transaction
-- (AdoptionSummaries, a RollupListener) and when an id is mapped; only ever added to, like usage_daily.
-- Unit, professional group, whether the person is active, go-live and training are read at read time from their
-- own tables, so roster changes show at once without touching these rows.
create table usage_person_day (
  organisation_id uuid not null references organisation (id),
  implementation_id uuid not null references implementation (id),
  staff_id uuid not null references staff (id),
  day date not null,
  actions text[] not null check (cardinality(actions) > 0),
  primary key (implementation_id, day, staff_id)
);
create index usage_person_day_staff_idx on usage_person_day (implementation_id, staff_id, day);
select uptake_enable_tenancy('usage_person_day');

-- Nothing to fill from earlier imports on a new database; an existing one fills the table from its rollups here.
insert into usage_person_day (organisation_id, implementation_id, staff_id, day, actions)
select d.organisation_id, src.implementation_id, r.staff_id, d.day, array_agg(distinct d.action order by d.action)
  from usage_daily d
  join usage_source src on src.id = d.source_id
  join (select organisation_id, id as staff_id, lower(employee_number) as user_key from staff
        union
        select organisation_id, staff_id, lower(external_id) from usage_user_map) r
    on r.organisation_id = d.organisation_id and r.user_key = lower(d.user_id)
 group by d.organisation_id, src.implementation_id, r.staff_id, d.day;
