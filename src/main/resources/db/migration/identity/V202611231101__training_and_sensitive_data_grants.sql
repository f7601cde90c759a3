-- The courses an organisation requires before anyone may hold a sensitive-data grant.
create table required_courses (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    name text not null check (length(name) between 1 and 200),
    created_at timestamptz not null
);
create unique index required_courses_name_key on required_courses (organisation_id, lower(name));

-- What administrators record about each user's training. A record counts from completed_on and
-- stops counting on expires_on.
create table training_records (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    user_id uuid not null references users (id),
    course text not null check (length(course) between 1 and 200),
    completed_on date not null,
    expires_on date not null,
    recorded_by uuid not null,
    recorded_at timestamptz not null,
    constraint training_records_dates check (expires_on > completed_on)
);
create index training_records_user on training_records (user_id);

-- Grants of access to sensitive data. Rows are ended, never deleted, so the history stays: who
-- granted, why, and whether it was revoked or lapsed when the training expired.
create table sensitive_data_grants (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    user_id uuid not null references users (id),
    reason text not null,
    granted_by uuid not null references users (id),
    granted_at timestamptz not null,
    ended_at timestamptz,
    ended_how text check (ended_how in ('REVOKED', 'LAPSED')),
    ended_by uuid,
    end_reason text,
    constraint sensitive_data_grants_ended check ((ended_at is null) = (ended_how is null))
);
-- At most one open grant per user: two concurrent grants cannot both succeed.
create unique index sensitive_data_grants_open on sensitive_data_grants (user_id) where ended_at is null;

alter table required_courses enable row level security;
alter table training_records enable row level security;
alter table sensitive_data_grants enable row level security;
create policy organisation_isolation on required_courses
    using (organisation_id = current_organisation()) with check (organisation_id = current_organisation());
create policy organisation_isolation on training_records
    using (organisation_id = current_organisation()) with check (organisation_id = current_organisation());
create policy organisation_isolation on sensitive_data_grants
    using (organisation_id = current_organisation()) with check (organisation_id = current_organisation());
grant select, insert, delete on required_courses, training_records to ${app_role};
grant select, insert, update on sensitive_data_grants to ${app_role};

-- Organisations registered before this change start with the same defaults as new ones.
insert into required_courses (id, organisation_id, name, created_at)
select gen_random_uuid(), o.id, c.name, now()
from organisations o
cross join (values ('Data protection and information governance'), ('Safeguarding children level 3')) as c (name);
