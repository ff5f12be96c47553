-- Survey follow-up (issue 3): the lead sets, per wave, a threshold for each construct ("below 3.0 on coherence").
-- When the wave closes, or when someone presses "check now", every unit whose shown construct mean (a group of at
-- least k) lies below its threshold gives its managers one inbox task. survey_follow_up_sent remembers which units
-- have had theirs, so a second check gives no second task.

create table survey_follow_up_threshold (
  organisation_id uuid not null references organisation (id),
  wave_id uuid not null references survey_wave (id),
  construct_code text not null,
  threshold numeric not null,
  created_at timestamptz not null default now(),
  created_by uuid,
  updated_at timestamptz not null default now(),
  updated_by uuid,
  primary key (wave_id, construct_code)
);
select uptake_enable_tenancy('survey_follow_up_threshold');

create table survey_follow_up_sent (
  organisation_id uuid not null references organisation (id),
  wave_id uuid not null references survey_wave (id),
  unit_id uuid not null references unit (id),
  constructs text[] not null,
  tasks int not null,
  sent_at timestamptz not null default now(),
  primary key (wave_id, unit_id)
);
select uptake_enable_tenancy('survey_follow_up_sent');

-- Results of a wave summed by unit, professional group and measure, so that a wave of 100,000 responses is read
-- from a few thousand rows. Rebuilt when the wave's number of responses, invitations or answered invitations
-- differs from the one it was built from (responses are only ever added), in the transaction of the reader who
-- finds it stale.
create table survey_result_cache (
  organisation_id uuid not null references organisation (id),
  wave_id uuid primary key references survey_wave (id),
  responses int not null,
  invitations int not null,
  answered int not null,
  computed_at timestamptz not null default now()
);
select uptake_enable_tenancy('survey_result_cache');

create table survey_result_cell (
  organisation_id uuid not null references organisation (id),
  wave_id uuid not null references survey_wave (id),
  unit_id uuid,
  professional_group text,
  -- RESPONDENTS; SCORE (key = construct); POINT and OPT_OUT (key = item, answer = point or code);
  -- CHOICE (answer = code) and CHOICE_PEOPLE (how many chose anything) of a choice item
  -- and INVITED / ANSWERED: invitations by the person's unit and group in the roster
  kind text not null check (kind in ('RESPONDENTS', 'SCORE', 'POINT', 'OPT_OUT', 'CHOICE', 'CHOICE_PEOPLE',
                                     'INVITED', 'ANSWERED')),
  key text not null default '',
  answer text not null default '',
  n int not null,
  total float8 not null default 0
);
create index survey_result_cell_wave_idx on survey_result_cell (wave_id);
select uptake_enable_tenancy('survey_result_cell');
