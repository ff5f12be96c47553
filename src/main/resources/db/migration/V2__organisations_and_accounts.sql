create table organisation (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid generated always as (id) stored,
  name text not null,
  country text not null default 'FI',
  default_locale text not null default 'fi',
  created_at timestamptz not null default now()
);
select uptake_enable_tenancy('organisation');

create table account (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisation (id),
  username text not null,
  display_name text not null,
  email text,
  password_hash text,
  roles text[] not null,
  staff_id uuid,
  enabled boolean not null default true,
  failed_attempts int not null default 0,
  locked_until timestamptz,
  oidc_subject text,
  last_login_at timestamptz,
  created_at timestamptz not null default now(),
  created_by uuid,
  updated_at timestamptz not null default now(),
  updated_by uuid
);
create unique index account_username_key on account (lower(username));
create unique index account_oidc_subject_key on account (oidc_subject) where oidc_subject is not null;
create index account_organisation_idx on account (organisation_id);
select uptake_enable_tenancy('account');

create table api_token (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisation (id),
  account_id uuid not null references account (id),
  name text not null,
  token_hash text not null unique,
  prefix text not null,
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);
create index api_token_account_idx on api_token (account_id);
select uptake_enable_tenancy('api_token');

create table audit_event (
  id bigint generated always as identity primary key,
  organisation_id uuid not null references organisation (id),
  at timestamptz not null default now(),
  account_id uuid,
  action text not null,
  entity_type text not null,
  entity_id text,
  detail text
);
create index audit_event_org_at_idx on audit_event (organisation_id, at desc);
select uptake_enable_tenancy('audit_event');

-- Signing in happens before a tenant is known. These functions, run as the owner (who bypasses row-level
-- security), answer only the narrow questions login needs; the application role cannot read other tenants'
-- accounts by any other way.
create function uptake_auth_account(p_username text)
  returns table (id uuid, organisation_id uuid, username text, display_name text, password_hash text,
                 roles text[], enabled boolean, locked_until timestamptz)
  language sql stable security definer set search_path = public
  as $$
    select a.id, a.organisation_id, a.username, a.display_name, a.password_hash, a.roles, a.enabled, a.locked_until
      from account a where lower(a.username) = lower(p_username)
  $$;

create function uptake_auth_oidc(p_subject text, p_username text)
  returns table (id uuid, organisation_id uuid, username text, display_name text, password_hash text,
                 roles text[], enabled boolean, locked_until timestamptz)
  language sql stable security definer set search_path = public
  as $$
    select a.id, a.organisation_id, a.username, a.display_name, a.password_hash, a.roles, a.enabled, a.locked_until
      from account a
     where a.oidc_subject = p_subject
        or (a.oidc_subject is null and lower(a.username) = lower(p_username))
     order by (a.oidc_subject = p_subject) desc nulls last
     limit 1
  $$;

create function uptake_auth_failed(p_username text, p_max_attempts int, p_lock interval) returns void
  language sql volatile security definer set search_path = public
  as $$
    update account
       set failed_attempts = failed_attempts + 1,
           locked_until = case when failed_attempts + 1 >= p_max_attempts then now() + p_lock else locked_until end
     where lower(username) = lower(p_username)
  $$;

create function uptake_auth_succeeded(p_account uuid, p_subject text) returns void
  language sql volatile security definer set search_path = public
  as $$
    update account
       set failed_attempts = 0, locked_until = null, last_login_at = now(),
           oidc_subject = coalesce(oidc_subject, p_subject)
     where id = p_account
  $$;

create function uptake_auth_token(p_hash text)
  returns table (id uuid, organisation_id uuid, username text, display_name text, password_hash text,
                 roles text[], enabled boolean, locked_until timestamptz)
  language sql volatile security definer set search_path = public
  as $$
    update api_token t set last_used_at = now()
      from account a
     where t.token_hash = p_hash and t.revoked_at is null and a.id = t.account_id and a.enabled
    returning a.id, a.organisation_id, a.username, a.display_name, null::text, a.roles, a.enabled, a.locked_until
  $$;

revoke all on function uptake_auth_account(text), uptake_auth_oidc(text, text),
  uptake_auth_failed(text, int, interval), uptake_auth_succeeded(uuid, text), uptake_auth_token(text) from public;
grant execute on function uptake_auth_account(text), uptake_auth_oidc(text, text),
  uptake_auth_failed(text, int, interval), uptake_auth_succeeded(uuid, text), uptake_auth_token(text) to ${app_role};

-- Demo data is loaded once per database; this marker is not tenant data.
create table demo_load (
  name text primary key,
  loaded_at timestamptz not null default now()
);
