-- Scheduled jobs (overdue actions, lapsed users) do their work tenant by tenant; this is how they learn the
-- tenants. It returns ids only.
create function uptake_organisation_ids() returns setof uuid
  language sql stable security definer set search_path = public
  as $$ select id from organisation order by created_at $$;
revoke all on function uptake_organisation_ids() from public;
grant execute on function uptake_organisation_ids() to ${app_role};
