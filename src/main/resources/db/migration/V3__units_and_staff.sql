create table unit (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisation (id),
  code text not null,
  name text not null,
  description text,
  active boolean not null default true,
  created_at timestamptz not null default now(),
  created_by uuid,
  updated_at timestamptz not null default now(),
  updated_by uuid,
  unique (organisation_id, code)
);
select uptake_enable_tenancy('unit');

create table staff (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisation (id),
  employee_number text not null,
  first_name text not null,
  last_name text not null,
  email text,
  unit_id uuid not null references unit (id),
  professional_group text not null,
  shift_pattern text,
  active boolean not null default true,
  created_at timestamptz not null default now(),
  created_by uuid,
  updated_at timestamptz not null default now(),
  updated_by uuid
);
create unique index staff_employee_number_key on staff (organisation_id, lower(employee_number));
create index staff_unit_idx on staff (unit_id);
select uptake_enable_tenancy('staff');
