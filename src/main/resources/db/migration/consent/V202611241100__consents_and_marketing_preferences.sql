-- Consent purposes: what an organisation asks people to consent to. The wording shown to the person
-- is versioned: a version, once written, never changes (the runtime role may not update it), so every
-- consent can point at the exact words the person saw.
create table consent_purposes (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    name text not null,
    -- Free text or an identifier of the processing activity that relies on the consent; deliberately no
    -- foreign key, so that consent does not depend on the governance registers.
    processing_activity text,
    created_by uuid not null,
    created_at timestamptz not null,
    updated_at timestamptz not null
);
create unique index consent_purposes_name_key on consent_purposes (organisation_id, lower(name));

create table consent_wordings (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    purpose_id uuid not null references consent_purposes (id),
    version int not null check (version > 0),
    wording text not null,
    created_by uuid not null,
    created_at timestamptz not null,
    constraint consent_wordings_version_key unique (purpose_id, version)
);

-- Consent history, append-only: giving and withdrawing are events; the current state of a person's
-- consent to a purpose is its latest event. The runtime role may only insert and read.
create table consent_events (
    id uuid primary key,
    position bigint generated always as identity,
    organisation_id uuid not null references organisations (id),
    person_id uuid not null references people (id),
    purpose_id uuid not null references consent_purposes (id),
    kind text not null check (kind in ('GIVEN', 'WITHDRAWN')),
    wording_id uuid references consent_wordings (id),
    on_behalf boolean not null,
    by_name text,
    by_relationship text,
    by_person_id uuid references people (id),
    method text not null check (method in ('IN_WRITING', 'ONLINE_FORM', 'VERBALLY', 'EMAIL')),
    occurred_on date not null,
    recorded_by uuid not null,
    recorded_at timestamptz not null,
    constraint consent_events_wording check ((kind = 'GIVEN') = (wording_id is not null)),
    constraint consent_events_on_behalf check (not on_behalf or (by_name is not null and by_relationship is not null))
);
create index consent_events_person on consent_events (person_id, purpose_id, position);

-- Users' own choices about marketing from the processor, one row per change (history kept). No row
-- for a channel means no consent: every channel is off by default.
create table marketing_preference_changes (
    id bigint generated always as identity primary key,
    organisation_id uuid not null references organisations (id),
    user_id uuid not null references users (id),
    channel text not null check (channel in ('EMAIL', 'PHONE', 'TEXT', 'POST')),
    opted_in boolean not null,
    changed_at timestamptz not null
);
create index marketing_preference_changes_user on marketing_preference_changes (user_id, channel, id);

select protect_tenant_table('consent_purposes');
select protect_tenant_table('consent_wordings');
select protect_tenant_table('consent_events');
select protect_tenant_table('marketing_preference_changes');
grant select, insert, update on consent_purposes to ${app_role};
grant select, insert on consent_wordings, consent_events, marketing_preference_changes to ${app_role};

-- The one way the processor reads marketing preferences across organisations: a platform operator
-- sending product news needs the addresses of the active users who opted in to email, and nothing
-- else. Runs as the owner (row-level security would hide every tenant row from an operator), returns
-- only those addresses, and only in a transaction that runs for no organisation, so that an
-- organisation's own users cannot use it to read other organisations' addresses.
create function marketing_email_recipients() returns table (email text)
    language sql stable
    security definer
    set search_path = ${schema}, pg_temp
    as $$
    select u.email from users u
    where current_organisation() is null
      and u.status = 'ACTIVE'
      and coalesce((select m.opted_in from marketing_preference_changes m
                    where m.user_id = u.id and m.channel = 'EMAIL'
                    order by m.id desc limit 1), false)
    order by u.email
    $$;
revoke all on function marketing_email_recipients() from public;
grant execute on function marketing_email_recipients() to ${app_role};
