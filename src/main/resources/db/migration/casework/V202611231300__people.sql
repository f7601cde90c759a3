-- pg_trgm makes name search forgiving of typos. It is a trusted extension: the database owner (the
-- migration role) may create it without being a superuser.
create extension if not exists pg_trgm;

-- People: children, family members and professionals. Names, dates and identifiers are in plain text
-- because people must be found by them; special-category data and free text are not (see below).
create table people (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    first_name text not null,
    middle_names text,
    last_name text not null,
    preferred_name text,
    date_of_birth date,
    date_of_death date,
    nhs_number text,
    unique_pupil_number text,
    email text,
    profession text,
    employer text,
    created_by uuid not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    constraint people_death_after_birth check (date_of_death is null or date_of_birth is null
        or date_of_death >= date_of_birth),
    constraint people_nhs_number check (nhs_number is null or nhs_number ~ '^[0-9]{10}$'),
    constraint people_upn check (unique_pupil_number is null or unique_pupil_number ~ '^[A-Z][0-9]{11}[0-9A-Z]$')
);
create index people_full_name_trgm on people using gin ((lower(first_name || ' ' || last_name)) gin_trgm_ops);
create index people_reverse_name_trgm on people using gin ((lower(last_name || ' ' || first_name)) gin_trgm_ops);
create index people_birth on people (organisation_id, date_of_birth);
create index people_nhs on people (organisation_id, nhs_number);
create index people_upn on people (organisation_id, unique_pupil_number);

create table person_addresses (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    person_id uuid not null references people (id),
    line_1 text not null,
    line_2 text,
    town text,
    postcode text,
    created_at timestamptz not null
);

create table person_telephones (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    person_id uuid not null references people (id),
    number text not null,
    label text,
    created_at timestamptz not null
);

-- Special-category and other sensitive data, one encrypted value per person and category, under the
-- person's own data key (crypto-shredding makes all of them unreadable at once).
create table person_sensitive_data (
    organisation_id uuid not null references organisations (id),
    person_id uuid not null references people (id),
    category text not null check (category in ('ETHNICITY', 'RELIGION_OR_BELIEF', 'PHYSICAL_HEALTH',
        'MENTAL_HEALTH', 'DISABILITY_AND_SEN', 'SEXUAL_HEALTH_OR_ORIENTATION', 'CRIMINAL_OFFENCES',
        'SAFEGUARDING')),
    ciphertext bytea not null,
    recorded_at timestamptz not null,
    recorded_by uuid not null,
    primary key (person_id, category)
);

create table relationships (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    person_id uuid not null references people (id),
    related_person_id uuid not null references people (id),
    kind text not null check (kind in ('PARENT', 'CARER', 'SIBLING', 'RELATIVE', 'PROFESSIONAL_INVOLVED')),
    created_at timestamptz not null,
    constraint relationships_not_self check (person_id <> related_person_id)
);

do $$
declare
    t text;
begin
    foreach t in array array['people', 'person_addresses', 'person_telephones', 'person_sensitive_data',
            'relationships'] loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy organisation_isolation on %I using (organisation_id = current_organisation())'
            || ' with check (organisation_id = current_organisation())', t);
        execute format('grant select, insert, update on %I to ${app_role}', t);
    end loop;
end
$$;
