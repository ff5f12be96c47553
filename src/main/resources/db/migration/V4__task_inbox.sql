create table task (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisation (id),
  assignee_id uuid not null references account (id),
  title text not null,
  detail text,
  due_date date,
  origin_module text not null,
  origin_link text not null,
  status text not null default 'OPEN' check (status in ('OPEN', 'DONE')),
  created_at timestamptz not null default now(),
  completed_at timestamptz
);
create index task_assignee_idx on task (assignee_id, status, due_date);
select uptake_enable_tenancy('task');
