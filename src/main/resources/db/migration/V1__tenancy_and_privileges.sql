-- The tenant of the current unit of work, set by the application on each connection it takes.
create function uptake_current_org() returns uuid
  language sql stable
  as $$ select nullif(current_setting('uptake.organisation_id', true), '')::uuid $$;

-- Every tenant table calls this once: row-level security enabled and forced, one policy on organisation_id.
create function uptake_enable_tenancy(tbl regclass) returns void
  language plpgsql
  as $$
begin
  execute format('alter table %s enable row level security', tbl);
  execute format('alter table %s force row level security', tbl);
  execute format(
    'create policy tenant_isolation on %s using (organisation_id = uptake_current_org()) '
    || 'with check (organisation_id = uptake_current_org())', tbl);
end
$$;

-- The application role reads and writes rows; it owns nothing, so it can neither change nor bypass the policies.
alter default privileges in schema public grant select, insert, update, delete on tables to ${app_role};
alter default privileges in schema public grant usage, select on sequences to ${app_role};
grant usage on schema public to ${app_role};
revoke all on flyway_schema_history from ${app_role};
