-- Usage statistics: counts only, aggregated per day (and hour) per route template. No row holds a
-- user, an IP address, a path with an identifier in it, a query string or a search term; see
-- docs/analytics.md. A day of one organisation's counts is one record under the retention schedule
-- (kind ANALYTICS): the children go with it.
create table usage_days (
    id              uuid primary key,
    -- The organisation of the signed-in user, or none (public pages, operators): never the user.
    organisation_id uuid references organisations (id),
    day             date not null,
    visitors        integer not null default 0,
    created_at      timestamptz not null default now(),
    unique nulls not distinct (organisation_id, day)
);

create table page_views (
    day_id          uuid not null references usage_days (id) on delete cascade,
    organisation_id uuid,
    hour            smallint not null check (hour between 0 and 23),
    method          text not null,
    route           text not null,
    status          smallint not null,
    browser         text not null,
    device          text not null,
    referrer        text not null,
    views           integer not null,
    primary key (day_id, hour, method, route, status, browser, device, referrer)
);

-- Response times as a histogram: bucket b holds times up to 2^(b/4) microseconds.
create table page_timings (
    day_id          uuid not null references usage_days (id) on delete cascade,
    organisation_id uuid,
    route           text not null,
    bucket          smallint not null,
    requests        integer not null,
    primary key (day_id, route, bucket)
);

create table search_counts (
    day_id          uuid not null references usage_days (id) on delete cascade,
    organisation_id uuid,
    route           text not null,
    searches        integer not null,
    failed          integer not null,
    primary key (day_id, route)
);

-- An organisation's transaction sees only its own counts (its administrators' dashboard); a
-- transaction without an organisation (the operator's dashboard, the recorder) sees every
-- organisation's counts, which hold none of its data. The facade checks roles first.
do $$
declare t text;
begin
    foreach t in array array['usage_days', 'page_views', 'page_timings', 'search_counts'] loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy usage_by_organisation on %I'
            || ' using (current_organisation() is null or organisation_id = current_organisation())'
            || ' with check (current_organisation() is null or organisation_id = current_organisation())', t);
    end loop;
end
$$;

grant select, insert, update, delete on usage_days, page_views, page_timings, search_counts to ${app_role};

-- Users' views of the service ("What did you think of this service?"). Without identity unless the
-- user ticked "you may contact me"; the free text may hold personal data all the same, so reading it
-- is audited and it is kept under the retention schedule (kind USER_FEEDBACK).
create table feedback (
    id              uuid primary key,
    organisation_id uuid references organisations (id),
    given_at        timestamptz not null,
    journey         text not null,
    rating          smallint not null check (rating between 1 and 5),
    comments        text,
    contact_user_id uuid references users (id),
    contact_name    text,
    contact_email   text,
    check (contact_user_id is not null or (contact_name is null and contact_email is null))
);
create index feedback_given_at on feedback (given_at);

-- The processor reads its users' views across organisations; an organisation's transaction sees
-- only feedback given by its own users.
alter table feedback enable row level security;
create policy feedback_by_organisation on feedback
    using (current_organisation() is null or organisation_id = current_organisation())
    with check (current_organisation() is null or organisation_id = current_organisation());
grant select, insert, update, delete on feedback to ${app_role};
