-- Privacy notices. A draft is the text the DPO (or, for the processor's notice, an operator) is
-- writing; publishing copies it, with what the registers said at that moment, into a numbered
-- version. The runtime role may insert versions but never update or delete them: a published version
-- is never edited.
create table privacy_notice_drafts (
    organisation_id uuid primary key references organisations (id),
    template text not null,
    adopted_by uuid not null,
    adopted_at timestamptz not null
);

create table privacy_notice_draft_sections (
    organisation_id uuid not null references privacy_notice_drafts (organisation_id),
    section text not null,
    english text not null,
    welsh text,
    updated_by uuid not null,
    updated_at timestamptz not null,
    primary key (organisation_id, section)
);

create table privacy_notice_versions (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    number integer not null check (number >= 1),
    published_at timestamptz not null,
    published_by uuid not null,
    content jsonb not null,
    constraint privacy_notice_versions_number_key unique (organisation_id, number)
);

select protect_tenant_table('privacy_notice_drafts');
select protect_tenant_table('privacy_notice_draft_sections');
select protect_tenant_table('privacy_notice_versions');
grant select, insert, update on privacy_notice_drafts, privacy_notice_draft_sections to ${app_role};
grant select, insert on privacy_notice_versions to ${app_role};

-- The processor's notice, for the users of Custodia: it belongs to no organisation, so everyone
-- reads it; only platform operators write it (checked by the application, as for every operator task).
create table processor_notice_draft_sections (
    section text primary key,
    english text not null,
    welsh text,
    updated_by uuid not null,
    updated_at timestamptz not null
);

create table processor_notice_versions (
    id uuid primary key,
    number integer not null unique check (number >= 1),
    published_at timestamptz not null,
    published_by uuid not null,
    content jsonb not null
);

grant select, insert, update on processor_notice_draft_sections to ${app_role};
grant select, insert on processor_notice_versions to ${app_role};

-- Which version of each notice a user works under knowingly: the versions in force when they first
-- signed in (BASELINE), then each version whose changes they were shown and acknowledged. Identifiers
-- only: a leaver's anonymised account keeps its id, and this says nothing else about them.
create table notice_acknowledgements (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    user_id uuid not null references users (id),
    notice text not null check (notice in ('ORGANISATION', 'PROCESSOR')),
    version_number integer,
    kind text not null check (kind in ('BASELINE', 'ACKNOWLEDGED')),
    recorded_at timestamptz not null
);
create index notice_acknowledgements_user on notice_acknowledgements (user_id, notice, recorded_at);

select protect_tenant_table('notice_acknowledgements');
grant select, insert on notice_acknowledgements to ${app_role};
