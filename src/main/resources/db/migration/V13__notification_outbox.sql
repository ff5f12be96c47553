-- Email leaves Uptake through an outbox: the message is written in the same transaction as the change that
-- causes it (an invitation, a reminder), and a relay sends it later, retrying while the mail server is away.
create table outbox_mail (
  id               uuid primary key default gen_random_uuid(),
  organisation_id  uuid not null references organisation (id),
  recipient        text not null,
  subject          text not null,
  -- cleared once sent: invitation links in the text are personal and should not outlive their delivery
  body             text,
  origin_module    text not null,
  created_at       timestamptz not null default now(),
  next_attempt_at  timestamptz not null default now(),
  claimed_until    timestamptz,
  attempts         int not null default 0,
  last_error       text,
  sent_at          timestamptz,
  failed_at        timestamptz,
  constraint outbox_mail_body_until_sent check (sent_at is not null or body is not null)
);
create index outbox_mail_due on outbox_mail (organisation_id, next_attempt_at)
  where sent_at is null and failed_at is null;
create index outbox_mail_sent on outbox_mail (organisation_id, sent_at) where sent_at is not null;
select uptake_enable_tenancy('outbox_mail');

-- The relay works tenant by tenant; this is the one question it asks across tenants: who has mail due?
create function uptake_outbox_due() returns setof uuid
  language sql stable security definer set search_path = public
  as $$
    select o.id from organisation o
     where exists (select 1 from outbox_mail m
                    where m.organisation_id = o.id and m.sent_at is null and m.failed_at is null
                      and m.next_attempt_at <= now()
                      and (m.claimed_until is null or m.claimed_until < now()))
  $$;
revoke all on function uptake_outbox_due() from public;
grant execute on function uptake_outbox_due() to ${app_role};

-- What is kept of sent mail (no text) is kept for a while only; this runs across tenants too.
create function uptake_outbox_purge(keep interval) returns int
  language sql volatile security definer set search_path = public
  as $$
    with gone as (delete from outbox_mail where sent_at < now() - keep returning 1)
    select count(*)::int from gone
  $$;
revoke all on function uptake_outbox_purge(interval) from public;
grant execute on function uptake_outbox_purge(interval) to ${app_role};
