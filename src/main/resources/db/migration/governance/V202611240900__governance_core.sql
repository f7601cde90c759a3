-- The two records every other governance register points at: processing activities (the Art 30
-- record of processing) and data protection impact assessments. Each register adds its own columns
-- and tables in later migrations.
create table dpias (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    title text not null,
    status text not null check (status in ('DRAFT', 'SIGNED_OFF')),
    signed_off_at timestamptz,
    signed_off_by uuid,
    review_due date,
    created_by uuid not null,
    created_at timestamptz not null,
    constraint dpias_signed_off check ((status = 'SIGNED_OFF') = (signed_off_at is not null and signed_off_by is not null))
);
create index dpias_organisation on dpias (organisation_id);

create table processing_activities (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    name text not null,
    dpia_id uuid references dpias (id),
    created_by uuid not null,
    created_at timestamptz not null
);
create index processing_activities_organisation on processing_activities (organisation_id);

select protect_tenant_table('dpias');
select protect_tenant_table('processing_activities');
grant select, insert, update on dpias, processing_activities to ${app_role};
