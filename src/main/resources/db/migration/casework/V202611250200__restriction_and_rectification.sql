-- UK GDPR Art 18: a person's data restricted to storage. One current restriction per person; a lifted
-- one stays as the record of it. Rows go with the person when they are erased.
create table person_restrictions (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    person_id uuid not null references people (id) on delete cascade,
    ground text not null check (ground in ('ACCURACY_CONTESTED', 'UNLAWFUL_BUT_RESTRICTION_PREFERRED',
        'NEEDED_FOR_LEGAL_CLAIMS', 'OBJECTION_PENDING')),
    request_id uuid,
    restricted_by uuid not null,
    restricted_at timestamptz not null,
    -- The person is told before the restriction is lifted (Art 18(3)): no lift without the date.
    person_told_on date,
    lifted_by uuid,
    lifted_at timestamptz,
    lift_request_id uuid,
    constraint person_restrictions_told_before_lift check (lifted_at is null or person_told_on is not null)
);
create unique index person_restrictions_current on person_restrictions (person_id) where lifted_at is null;

-- Art 18(2): a use still allowed while restricted (consent, legal claims, protecting another person,
-- important public interest), stated by one user for a working day. The note is encrypted under the
-- person's key: it may say who the claim or the other person is.
create table restricted_uses (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    person_id uuid not null references people (id) on delete cascade,
    user_id uuid not null,
    ground text not null check (ground in ('WITH_CONSENT', 'LEGAL_CLAIMS', 'PROTECTING_ANOTHER_PERSON',
        'IMPORTANT_PUBLIC_INTEREST')),
    note bytea not null,
    granted_at timestamptz not null,
    expires_at timestamptz not null
);
create index restricted_uses_person_user on restricted_uses (person_id, user_id, expires_at);

-- Art 16: every correction keeps the value it replaced, encrypted under the person's key, for the
-- DPO; the audit entry names the row, never the value. Append-only.
create table person_rectifications (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    person_id uuid not null references people (id) on delete cascade,
    field text not null,
    category text,
    item_id uuid,
    old_value bytea,
    request_id uuid,
    rectified_by uuid not null,
    rectified_at timestamptz not null
);
create index person_rectifications_person on person_rectifications (person_id, rectified_at);

-- The person's own statement about a value the organisation keeps (an opinion, or a fact it does not
-- accept is wrong), shown wherever the value is shown. Append-only, encrypted under the person's key.
create table person_statements (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    person_id uuid not null references people (id) on delete cascade,
    field text not null,
    category text,
    item_id uuid,
    statement bytea not null,
    request_id uuid,
    recorded_by uuid not null,
    recorded_at timestamptz not null
);
create index person_statements_person on person_statements (person_id, recorded_at);
create index person_statements_item on person_statements (item_id) where item_id is not null;

select protect_tenant_table('person_restrictions');
select protect_tenant_table('restricted_uses');
select protect_tenant_table('person_rectifications');
select protect_tenant_table('person_statements');

grant select, insert, update on person_restrictions to ${app_role};
grant select, insert on restricted_uses, person_rectifications, person_statements to ${app_role};
