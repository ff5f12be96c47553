-- Survey waves (issue 3): a published instrument version sent to an audience for a period, the personal invitations,
-- the answers, and progress saved while answering.
--
-- Anonymity. In an anonymous wave nothing joins an answer to a person: who has answered (survey_invitation, for
-- reminders and response rates) lives apart from what was answered (survey_response), with no shared key or id, and
-- the only time kept is the day an invitation was answered. A response keeps the unit and professional group the
-- person had when answering, which results need and show only for groups of at least k people. Identified waves
-- (competence assessments) add one survey_response_person row per response; a trigger refuses that row for an
-- anonymous wave. Saved progress (survey_draft) belongs to the invitation and is deleted when the answers are sent.
--
-- The answers of a response, keyed by item linkId, each one of:
--   {"value": 4}                        a point on an agreement item or a 0-10 scale
--   {"optOut": "not-relevant-role"}     an opt-out code (org.uptake.survey.OptOut)
--   {"choices": ["a", "b"]}             the codes chosen on a choice item (one for a single choice)
--   {"text": "..."}                     free text
-- Scores, keyed by construct code: a number, or null where too few items were answered (org.uptake.survey.Scoring).

create table survey_wave (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisation (id),
  instrument_id uuid not null references survey_instrument (id),
  implementation_id uuid references implementation (id),
  -- waves repeated from one another (baseline, 3 months, 6 months) share a series; trends read along it
  series_id uuid not null,
  name text not null,
  anonymous boolean not null,
  audience text not null check (audience in ('GROUPS', 'STAFF_LIST')),
  -- for GROUPS: the units and professional groups crossed (empty = all); a STAFF_LIST wave has its invitations only
  audience_units uuid[] not null default '{}',
  audience_groups text[] not null default '{}',
  opens_on date not null,
  closes_on date not null,
  reminder_every_days int check (reminder_every_days between 1 and 60),
  max_reminders int not null default 2 check (max_reminders between 0 and 10),
  -- the smallest group results show (issue 3: 10 by default, never below 5)
  min_group int not null default 10 check (min_group >= 5),
  status text not null check (status in ('DRAFT', 'OPEN', 'CLOSED')),
  invited int not null default 0,
  created_at timestamptz not null default now(),
  created_by uuid,
  updated_at timestamptz not null default now(),
  updated_by uuid,
  check (closes_on >= opens_on)
);
create index survey_wave_series_idx on survey_wave (series_id, opens_on);
create index survey_wave_implementation_idx on survey_wave (implementation_id);
select uptake_enable_tenancy('survey_wave');

-- One person invited to one wave. The link's secret is only in the mail; the hash finds the invitation.
create table survey_invitation (
  organisation_id uuid not null references organisation (id),
  wave_id uuid not null references survey_wave (id),
  staff_id uuid not null references staff (id),
  token_hash bytea not null unique,
  invited_on date not null,
  reminders int not null default 0,
  last_reminded_on date,
  -- the day only, never the time
  answered_on date,
  primary key (wave_id, staff_id)
);
create index survey_invitation_staff_idx on survey_invitation (staff_id) where answered_on is null;
select uptake_enable_tenancy('survey_invitation');

-- What was answered. The id is random (gen_random_uuid), so its order tells nothing either.
create table survey_response (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisation (id),
  wave_id uuid not null references survey_wave (id),
  unit_id uuid references unit (id),
  professional_group text,
  answers jsonb not null,
  scores jsonb not null
);
create index survey_response_wave_idx on survey_response (wave_id, unit_id, professional_group);
select uptake_enable_tenancy('survey_response');

-- Identified waves only: whose response it is.
create table survey_response_person (
  response_id uuid primary key references survey_response (id),
  organisation_id uuid not null references organisation (id),
  wave_id uuid not null references survey_wave (id),
  staff_id uuid not null references staff (id),
  submitted_at timestamptz not null default now(),
  unique (wave_id, staff_id)
);
select uptake_enable_tenancy('survey_response_person');

create function survey_response_person_identified() returns trigger language plpgsql as $$
begin
  if (select anonymous from survey_wave where id = new.wave_id) then
    raise exception 'wave % is anonymous: its responses are not linked to people', new.wave_id;
  end if;
  return new;
end
$$;

create trigger survey_response_person_identified before insert or update on survey_response_person
  for each row execute function survey_response_person_identified();

-- Progress saved while answering, deleted in the transaction that sends the answers.
create table survey_draft (
  organisation_id uuid not null references organisation (id),
  wave_id uuid not null,
  staff_id uuid not null,
  answers jsonb not null,
  saved_on date not null,
  primary key (wave_id, staff_id),
  foreign key (wave_id, staff_id) references survey_invitation (wave_id, staff_id)
);
select uptake_enable_tenancy('survey_draft');

-- A personal link is opened before anyone has signed in, so before the tenant is known: this finds the
-- invitation's organisation, wave and person from the hash of the link's secret, and reveals nothing else.
create function uptake_survey_link(p_token_hash bytea)
  returns table (organisation_id uuid, wave_id uuid, staff_id uuid)
  language sql stable security definer set search_path = public
  as $$
    select i.organisation_id, i.wave_id, i.staff_id from survey_invitation i where i.token_hash = p_token_hash
  $$;
revoke all on function uptake_survey_link(bytea) from public;
grant execute on function uptake_survey_link(bytea) to ${app_role};
