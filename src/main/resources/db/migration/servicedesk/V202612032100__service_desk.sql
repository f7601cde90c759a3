-- The service desk: the processor's record of its contacts with the users of each organisation
-- (docs/service-desk.md). A request belongs to its user's organisation, so row-level security keeps
-- it there; the user sees their own, and a platform operator reaches one only through the two
-- functions below and then in that organisation's context, for these tables alone.
create table support_requests (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    -- Null once the request is anonymised at the end of its period: nothing then links it to anyone.
    user_id uuid references users (id),
    subject text not null,
    status text not null check (status in ('OPEN', 'WAITING_FOR_USER', 'RESOLVED', 'CLOSED')),
    channel text not null check (channel in ('WEB', 'EMAIL', 'PHONE')),
    -- What the person gave when they phoned or wrote (a number, an address); null for the web form.
    contact_details text,
    assignee uuid references platform_operators (id),
    raised_at timestamptz not null,
    last_contact_at timestamptz not null,
    closed_at timestamptz
);
create index support_requests_user on support_requests (user_id, raised_at);
create index support_requests_assignee on support_requests (assignee);

create table support_messages (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    request_id uuid not null references support_requests (id) on delete cascade,
    author text not null check (author in ('USER', 'OPERATOR')),
    author_id uuid not null,
    channel text not null check (channel in ('WEB', 'EMAIL', 'PHONE')),
    body text not null,
    written_at timestamptz not null,
    -- Set when the desk redacted part or all of the body; the original is overwritten, never kept.
    redacted_at timestamptz
);
create index support_messages_request on support_messages (request_id, written_at);

-- A screenshot the user attached: PNG or JPEG (checked by its bytes), at most 5 MB, encrypted, and
-- only ever served as a download to the requester and the desk.
create table support_screenshots (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    request_id uuid not null references support_requests (id) on delete cascade,
    media_type text not null check (media_type in ('image/png', 'image/jpeg')),
    size_bytes integer not null check (size_bytes > 0),
    content bytea not null,
    uploaded_at timestamptz not null
);
create index support_screenshots_request on support_screenshots (request_id);

select protect_tenant_table('support_requests');
select protect_tenant_table('support_messages');
select protect_tenant_table('support_screenshots');
grant select, insert, update, delete on support_requests, support_messages, support_screenshots to ${app_role};

-- The operator's queue across organisations: who asked, from which organisation, about what, and
-- where it stands. Runs as the owner, and only in a transaction that runs for no organisation (an
-- operator's), so an organisation's user cannot read other organisations' requests through it.
create function service_desk_queue() returns table (
    id uuid, organisation_id uuid, organisation_name text, requester text, subject text, status text,
    channel text, assignee uuid, raised_at timestamptz, last_contact_at timestamptz)
    language sql stable
    security definer
    set search_path = ${schema}, pg_temp
    as $$
    select r.id, r.organisation_id, o.name, coalesce(concat_ws(' ', u.first_name, u.last_name), 'Anonymised'),
        r.subject, r.status, r.channel, r.assignee, r.raised_at, r.last_contact_at
    from support_requests r join organisations o on o.id = r.organisation_id
    left join users u on u.id = r.user_id
    where current_organisation() is null
    order by r.last_contact_at desc
    $$;
revoke all on function service_desk_queue() from public;
grant execute on function service_desk_queue() to ${app_role};

-- Which organisation a request belongs to, so that the operator's reading of it runs there.
create function service_desk_request_organisation(request uuid) returns uuid
    language sql stable
    security definer
    set search_path = ${schema}, pg_temp
    as $$
    select r.organisation_id from support_requests r where r.id = request and current_organisation() is null
    $$;
revoke all on function service_desk_request_organisation(uuid) from public;
grant execute on function service_desk_request_organisation(uuid) to ${app_role};

-- Service announcements: what the processor tells organisations about incidents and changes. Not
-- tenant data and not personal data; the application shows each organisation only those addressed
-- to it (or to everyone).
create table service_announcements (
    id uuid primary key,
    title text not null,
    body text not null,
    severity text not null check (severity in ('INFORMATION', 'INCIDENT')),
    starts_at timestamptz not null,
    ends_at timestamptz not null,
    everyone boolean not null,
    posted_by uuid not null references platform_operators (id),
    posted_at timestamptz not null,
    check (ends_at > starts_at)
);
create index service_announcements_posted_by on service_announcements (posted_by);

-- Whom the processor addressed: its own record, not the organisation's data, hence "addressed_to"
-- rather than the organisation_id that marks a tenant row.
create table service_announcement_audiences (
    announcement_id uuid not null references service_announcements (id),
    addressed_to uuid not null references organisations (id),
    primary key (announcement_id, addressed_to)
);
grant select, insert on service_announcements, service_announcement_audiences to ${app_role};
