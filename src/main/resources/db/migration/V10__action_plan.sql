-- The action plan: what will be done about the barriers of an implementation, by whom and by when. An action comes
-- from a strategy of the catalogue (strategy_code) or is written freely; it may answer determinants of the register
-- and a risk of the risk register (risk_id, owned by the risk module, so no foreign key here). People are accounts.
-- overdue_task_id remembers the task the lead was given when the action fell overdue, so it is given only once.

create table action (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisation (id),
  implementation_id uuid not null references implementation (id),
  title text not null,
  strategy_code text,
  owner_id uuid not null references account (id),
  consulted_ids uuid[] not null default '{}',
  informed_ids uuid[] not null default '{}',
  due_date date,
  status text not null default 'PLANNED' check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED')),
  measure text,
  determinant_ids uuid[] not null default '{}',
  risk_id uuid,
  overdue_task_id uuid,
  lead_id uuid references account (id),
  version int not null default 1,
  created_at timestamptz not null default now(),
  created_by uuid,
  updated_at timestamptz not null default now(),
  updated_by uuid
);
create index action_implementation_idx on action (implementation_id);
create index action_risk_idx on action (risk_id) where risk_id is not null;
select uptake_enable_tenancy('action');
