-- Letter templates the organisation has edited. No row for a kind means the built-in default is used;
-- every edit adds a version, and reverting adds a version that says "the default again" (no text), so
-- the history of what was sent under which wording is never lost. Versions are never updated.
create table letter_templates (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    kind text not null,
    version int not null check (version > 0),
    is_default boolean not null,
    subject text,
    body text,
    created_by uuid not null,
    created_at timestamptz not null,
    constraint letter_templates_version_key unique (organisation_id, kind, version),
    constraint letter_templates_text check (is_default = (subject is null and body is null))
);
select protect_tenant_table('letter_templates');
grant select, insert on letter_templates to ${app_role};

-- Every letter sent. The PDF holds the person's name and what was decided about their data, so it is
-- kept encrypted (under a key of the reference, see Letters); the recipient's address is needed to
-- show whom the letter went to.
create table letters_sent (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    kind text not null,
    reference uuid not null,
    recipient text not null,
    subject_line bytea not null,
    pdf bytea not null,
    template_version int not null,
    sent_by uuid,
    sent_at timestamptz not null
);
create index letters_sent_reference on letters_sent (organisation_id, reference, sent_at);
select protect_tenant_table('letters_sent');
grant select, insert on letters_sent to ${app_role};

-- Files offered for download through a link and a one-time code sent separately. Token and code are
-- kept only as keyed hashes; the files only encrypted, under a key of the offer's own.
create table download_offers (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    reference uuid not null,
    recipient text not null,
    title text not null,
    token_hash text not null unique,
    code_hash text,
    code_issued_at timestamptz not null,
    failed_attempts int not null default 0,
    locked_at timestamptz,
    expires_at timestamptz not null,
    revoked_at timestamptz,
    created_by uuid,
    created_at timestamptz not null
);
create index download_offers_reference on download_offers (organisation_id, reference, created_at);
select protect_tenant_table('download_offers');
grant select, insert, update on download_offers to ${app_role};

create table download_files (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    offer_id uuid not null references download_offers (id),
    position int not null,
    name text not null,
    media_type text not null,
    size_bytes bigint not null,
    content bytea not null,
    constraint download_files_position_key unique (offer_id, position)
);
select protect_tenant_table('download_files');
grant select, insert on download_files to ${app_role};

create table download_events (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    offer_id uuid not null references download_offers (id),
    file_id uuid not null references download_files (id),
    downloaded_at timestamptz not null
);
create index download_events_offer on download_events (offer_id, downloaded_at);
select protect_tenant_table('download_events');
grant select, insert on download_events to ${app_role};

-- The public download page knows only the token, and row-level security hides every offer until the
-- organisation is known. This narrow function answers that one question, and nothing else.
create function download_offer_organisation(hash text) returns uuid
    language sql
    stable
    security definer
    set search_path = ${schema}, pg_temp
    as $$
        select organisation_id from download_offers where token_hash = hash
    $$;
revoke execute on function download_offer_organisation(text) from public;
grant execute on function download_offer_organisation(text) to ${app_role};
