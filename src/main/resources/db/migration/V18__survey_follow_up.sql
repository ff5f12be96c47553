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
