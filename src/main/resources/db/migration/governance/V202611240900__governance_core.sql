-- The two records every other governance register points at: processing activities (the Art 30
-- record of processing) and data protection impact assessments (Art 35). Other registers (sharing
-- agreements, disclosures, transfers) refer to them and add their own tables in later migrations.
-- None of this is personal data about a data subject, so it is kept as plain text.
create table dpias (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    title text not null,
    -- Only SIGNED_OFF counts as "a signed DPIA"; any edit returns a signed DPIA to DRAFT.
    status text not null check (status in ('DRAFT', 'SIGNED_OFF')),
    signed_off_at timestamptz,
    signed_off_by uuid,
    review_due date,
    created_by uuid not null,
    created_at timestamptz not null,
    -- The ICO's screening criteria that apply (codes of ScreeningCriterion); any one means a DPIA is required.
    screening text[] not null default '{}',
    processing_description text not null default '',
    necessity text not null default '',
    dpo_advice text,
    ico_consulted boolean not null default false,
    updated_at timestamptz,
    updated_by uuid,
    constraint dpias_signed_off check ((status = 'SIGNED_OFF') = (signed_off_at is not null and signed_off_by is not null)),
    constraint dpias_signed_off_has_review check (status <> 'SIGNED_OFF' or review_due is not null)
);
create index dpias_organisation on dpias (organisation_id);

-- A risk to individuals and the measure that answers it.
create table dpia_risks (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    dpia_id uuid not null references dpias (id),
    description text not null,
    likelihood text not null check (likelihood in ('REMOTE', 'POSSIBLE', 'PROBABLE')),
    severity text not null check (severity in ('MINIMAL', 'SIGNIFICANT', 'SEVERE')),
    measure text,
    effect text check (effect in ('ELIMINATED', 'REDUCED', 'ACCEPTED')),
    residual_risk text check (residual_risk in ('LOW', 'MEDIUM', 'HIGH')),
    added_at timestamptz not null,
    constraint dpia_risks_measure_complete check ((measure is null) = (effect is null) and (effect is null) = (residual_risk is null))
);
create index dpia_risks_dpia on dpia_risks (organisation_id, dpia_id);

create table processing_activities (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    name text not null,
    dpia_id uuid references dpias (id),
    created_by uuid not null,
    created_at timestamptz not null,
    description text not null default '',
    purposes text not null default '',
    data_subjects text not null default '',
    personal_data text not null default '',
    lawful_basis text not null default 'PUBLIC_TASK' check (lawful_basis in ('CONSENT', 'CONTRACT',
        'LEGAL_OBLIGATION', 'VITAL_INTERESTS', 'PUBLIC_TASK', 'LEGITIMATE_INTERESTS')),
    legal_provision text not null default '',
    -- Codes of Art9Condition; empty when the activity uses no special-category data.
    art9_conditions text[] not null default '{}',
    -- Code of Art10Condition, for criminal offence data.
    art10_condition text,
    recipients text not null default '',
    retention text not null default '',
    international_transfers text not null default '',
    automated_decisions boolean not null default false,
    automated_decisions_description text,
    high_risk boolean not null default false,
    status text not null default 'DRAFT' check (status in ('DRAFT', 'LIVE')),
    -- The ready-made activity it was adopted from, if any: adopted once per organisation.
    template text,
    updated_at timestamptz,
    updated_by uuid,
    constraint processing_activities_template_once unique (organisation_id, template)
);
create index processing_activities_organisation on processing_activities (organisation_id);

-- Which activity covers each kind of case: at most one per case type in an organisation.
create table processing_activity_case_types (
    organisation_id uuid not null references organisations (id),
    case_type text not null check (case_type in ('LOOKED_AFTER_CHILD', 'CHILD_DEATH_REVIEW', 'PUPIL')),
    activity_id uuid not null references processing_activities (id),
    primary key (organisation_id, case_type)
);
create index processing_activity_case_types_activity on processing_activity_case_types (activity_id);

select protect_tenant_table('dpias');
select protect_tenant_table('dpia_risks');
select protect_tenant_table('processing_activities');
select protect_tenant_table('processing_activity_case_types');
grant select, insert, update on dpias, dpia_risks, processing_activities to ${app_role};
-- Links are replaced when an activity's case types are edited; risks can be removed from a draft.
grant select, insert, update, delete on processing_activity_case_types, dpia_risks to ${app_role};
