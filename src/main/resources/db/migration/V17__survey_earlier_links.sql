-- A reminder carries a new personal link, because only the hash of a link's secret is kept and the old secret
-- cannot be mailed again. People often open the first mail rather than the newest, so the links of earlier mails
-- keep working: their hashes move here when a reminder replaces them. Every link of an invitation leads to the
-- same invitation, works until the person has answered or the wave closes, and then none does.
create table survey_invitation_link (
  token_hash bytea primary key,
  organisation_id uuid not null references organisation (id),
  wave_id uuid not null,
  staff_id uuid not null,
  foreign key (wave_id, staff_id) references survey_invitation (wave_id, staff_id)
);
create index survey_invitation_link_invitation_idx on survey_invitation_link (wave_id, staff_id);
select uptake_enable_tenancy('survey_invitation_link');

-- the same contract as in V16: organisation, wave and person of a hash, nothing else (privileges are kept)
create or replace function uptake_survey_link(p_token_hash bytea)
  returns table (organisation_id uuid, wave_id uuid, staff_id uuid)
  language sql stable security definer set search_path = public
  as $$
    select i.organisation_id, i.wave_id, i.staff_id from survey_invitation i where i.token_hash = p_token_hash
    union all
    select l.organisation_id, l.wave_id, l.staff_id from survey_invitation_link l where l.token_hash = p_token_hash
  $$;
