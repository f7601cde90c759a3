-- Controllers. Not tenant data: the list is needed to resolve the Organisation ID typed at sign-in.
create table organisations (
    id uuid primary key,
    code text not null,
    name text not null,
    kind text not null check (kind in ('LOCAL_AUTHORITY', 'SCHOOL', 'MULTI_AGENCY_PARTNERSHIP')),
    nation text not null check (nation in ('ENGLAND', 'WALES', 'SCOTLAND', 'NORTHERN_IRELAND')),
    mfa_required boolean not null default false,
    created_at timestamptz not null,
    created_by_operator uuid
);
create unique index organisations_code_key on organisations (upper(code));
grant select, insert, update on organisations to ${app_role};

-- Processor staff: they belong to no organisation and so see no tenant rows.
create table platform_operators (
    id uuid primary key,
    email text not null unique,
    first_name text not null,
    last_name text not null,
    password_hash text,
    totp_secret bytea,
    totp_enabled boolean not null default false,
    totp_last_step bigint,
    status text not null check (status in ('ACTIVE', 'DISABLED')),
    created_at timestamptz not null
);
grant select, insert, update on platform_operators to ${app_role};

create table users (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    title text,
    first_name text not null,
    middle_name text,
    last_name text not null,
    email text not null,
    job_role text not null,
    date_of_birth date,
    attested_16_or_over boolean not null default false,
    roles text[] not null default '{}',
    status text not null check (status in ('INVITED', 'ACTIVE', 'DISABLED')),
    password_hash text,
    totp_secret bytea,
    totp_enabled boolean not null default false,
    totp_last_step bigint,
    created_by_user uuid,
    created_by_operator uuid,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    constraint users_email_key unique (organisation_id, email),
    constraint users_email_lower check (email = lower(email)),
    constraint users_age_known check (date_of_birth is not null or attested_16_or_over)
);

-- Set-password links sent by email (invitations and resets); only a hash of the token is kept.
create table password_tokens (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    user_id uuid not null references users (id),
    token_hash bytea not null unique,
    expires_at timestamptz not null,
    used_at timestamptz,
    created_at timestamptz not null
);

-- Personal API tokens: shown once, stored as a hash, revocable.
create table api_tokens (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    user_id uuid not null references users (id),
    name text not null,
    token_hash bytea not null unique,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    last_used_at timestamptz,
    revoked_at timestamptz
);

-- "I have administrator access I should not have."
create table access_reports (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    reporter_id uuid not null references users (id),
    explanation text,
    reported_at timestamptz not null
);

-- Messages shown to a user on their home page.
create table notifications (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    recipient_id uuid not null references users (id),
    message text not null,
    link text,
    created_at timestamptz not null,
    read_at timestamptz
);

-- Failed sign-in counters, keyed by pseudonyms of what was typed (never the email itself).
create table sign_in_throttle (
    throttle_key text primary key,
    failures int not null,
    last_failure_at timestamptz not null,
    locked_until timestamptz
);
grant select, insert, update, delete on sign_in_throttle to ${app_role};

do $$
declare
    t text;
begin
    foreach t in array array['users', 'password_tokens', 'api_tokens', 'access_reports', 'notifications'] loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy organisation_isolation on %I using (organisation_id = current_organisation())'
            || ' with check (organisation_id = current_organisation())', t);
        execute format('grant select, insert, update on %I to ${app_role}', t);
    end loop;
end
$$;
