-- Cases: each concerns one child and has a type with its own records.
create table cases (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    reference text not null,
    case_type text not null check (case_type in ('LOOKED_AFTER_CHILD', 'CHILD_DEATH_REVIEW', 'PUPIL')),
    child_id uuid not null references people (id),
    status text not null check (status in ('OPEN', 'CLOSED')),
    opened_on date not null,
    closed_on date,
    created_by uuid not null,
    created_at timestamptz not null,
    constraint cases_reference_key unique (organisation_id, reference),
    constraint cases_closed_after_opened check (closed_on is null or closed_on >= opened_on)
);
create index cases_child on cases (organisation_id, child_id);

-- Who works on a case. Practitioners see the cases of the teams they are on, and no others without
-- a recorded reason.
create table case_team (
    organisation_id uuid not null references organisations (id),
    case_id uuid not null references cases (id),
    user_id uuid not null references users (id),
    added_at timestamptz not null,
    added_by uuid not null,
    primary key (case_id, user_id)
);
create index case_team_user on case_team (organisation_id, user_id);

create table case_participants (
    organisation_id uuid not null references organisations (id),
    case_id uuid not null references cases (id),
    person_id uuid not null references people (id),
    role text not null,
    added_at timestamptz not null,
    primary key (case_id, person_id)
);
create index case_participants_person on case_participants (organisation_id, person_id);

-- "Break-glass": a user outside the case team opened it, giving a reason. Granted at once, audited,
-- and listed for the DPOs to review.
create table case_access_overrides (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    case_id uuid not null references cases (id),
    user_id uuid not null references users (id),
    reason text not null,
    granted_at timestamptz not null,
    expires_at timestamptz not null,
    reviewed_by uuid,
    reviewed_at timestamptz,
    review_outcome text check (review_outcome in ('JUSTIFIED', 'NOT_JUSTIFIED'))
);
create index case_access_overrides_user on case_access_overrides (organisation_id, user_id, case_id);

-- Free text is sensitive whatever it says: notes are encrypted under the child's key.
create table case_notes (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    case_id uuid not null references cases (id),
    body bytea not null,
    written_by uuid not null,
    written_at timestamptz not null
);

-- Looked-after children: statutory visits and daily school attendance (DfE codes, AM and PM).
create table lac_visits (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    case_id uuid not null references cases (id),
    visited_on date not null,
    visitor text not null,
    location text not null,
    seen_alone boolean not null,
    summary bytea,
    recorded_by uuid not null,
    recorded_at timestamptz not null
);

create table attendance_marks (
    organisation_id uuid not null references organisations (id),
    case_id uuid not null references cases (id),
    attended_on date not null,
    session text not null check (session in ('AM', 'PM')),
    code text not null,
    recorded_by uuid not null,
    recorded_at timestamptz not null,
    primary key (case_id, attended_on, session)
);

do $$
declare
    t text;
begin
    foreach t in array array['cases', 'case_team', 'case_participants', 'case_access_overrides', 'case_notes',
            'lac_visits', 'attendance_marks'] loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy organisation_isolation on %I using (organisation_id = current_organisation())'
            || ' with check (organisation_id = current_organisation())', t);
        execute format('grant select, insert, update on %I to ${app_role}', t);
    end loop;
end
$$;
grant delete on case_team to ${app_role};
