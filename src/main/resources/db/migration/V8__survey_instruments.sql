-- Survey instruments. Each row is one version of an instrument, kept as the FHIR R4 Questionnaire that defines it
-- (docs/fhir.md: items, constructs and scoring in our extensions), so what is exported is what is stored. A published
-- version is frozen: a trigger refuses any change to it, and editing makes a new version (previous_id), so that waves
-- and responses (later steps) can refer to exactly the questions people answered through survey_instrument.id.

create table survey_instrument (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisation (id),
  code text not null,
  version int not null check (version >= 1),
  status text not null check (status in ('DRAFT', 'PUBLISHED')),
  source text not null check (source in ('BUILT', 'IMPORTED', 'LIBRARY')),
  questionnaire jsonb not null,
  previous_id uuid references survey_instrument (id),
  created_at timestamptz not null default now(),
  created_by uuid,
  updated_at timestamptz not null default now(),
  updated_by uuid,
  published_at timestamptz,
  published_by uuid,
  unique (organisation_id, code, version)
);
select uptake_enable_tenancy('survey_instrument');

create function survey_instrument_frozen() returns trigger language plpgsql as $$
begin
  if old.status = 'PUBLISHED' then
    raise exception 'survey instrument % is published and cannot change', old.id;
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end
$$;

create trigger survey_instrument_frozen before update or delete on survey_instrument
  for each row execute function survey_instrument_frozen();
