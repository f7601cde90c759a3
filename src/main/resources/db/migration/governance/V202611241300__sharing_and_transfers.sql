-- Recipients and processors, sharing agreements, disclosures (with their "tell the person" follow-up)
-- and international transfers, with the UK adequacy list the transfers are checked against.

-- The countries and territories covered by UK adequacy regulations. Not tenant data: one list for
-- every organisation, maintained by migration (see README, "Sharing, disclosures and transfers").
create table uk_adequacy (
    country_code text primary key check (country_code ~ '^[A-Z]{2}$'),
    coverage text not null check (coverage in ('FULL', 'PARTIAL')),
    -- For partial adequacy: which recipients are covered; the recorder must confirm the recipient is.
    covers text,
    source text not null,
    adequate_from date not null,
    constraint uk_adequacy_partial check ((coverage = 'PARTIAL') = (covers is not null))
);
grant select on uk_adequacy to ${app_role};

-- EEA states and Gibraltar: DPA 2018 Sch 21 para 4, from the end of the transition period.
insert into uk_adequacy (country_code, coverage, source, adequate_from)
select code, 'FULL', 'DPA 2018 Sch 21 para 4 (EEA state)', date '2021-01-01'
from unnest(array['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT',
                  'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
                  'IS', 'LI', 'NO']) as code;
insert into uk_adequacy (country_code, coverage, source, adequate_from) values
    ('GI', 'FULL', 'DPA 2018 Sch 21 para 4 (Gibraltar)', date '2021-01-01');

-- Countries with an EU adequacy decision carried into UK law ("in transition"): DPA 2018 Sch 21 para 5.
insert into uk_adequacy (country_code, coverage, covers, source, adequate_from) values
    ('AD', 'FULL', null, 'DPA 2018 Sch 21 para 5 (EU decision 2010/625/EU)', date '2021-01-01'),
    ('AR', 'FULL', null, 'DPA 2018 Sch 21 para 5 (EU decision 2003/490/EC)', date '2021-01-01'),
    ('CA', 'PARTIAL', 'Only organisations subject to PIPEDA (Canada''s Personal Information Protection and Electronic Documents Act)',
        'DPA 2018 Sch 21 para 5 (EU decision 2002/2/EC)', date '2021-01-01'),
    ('FO', 'FULL', null, 'DPA 2018 Sch 21 para 5 (EU decision 2010/146/EU)', date '2021-01-01'),
    ('GG', 'FULL', null, 'DPA 2018 Sch 21 para 5 (EU decision 2003/821/EC)', date '2021-01-01'),
    ('IM', 'FULL', null, 'DPA 2018 Sch 21 para 5 (EU decision 2004/411/EC)', date '2021-01-01'),
    ('IL', 'FULL', null, 'DPA 2018 Sch 21 para 5 (EU decision 2011/61/EU)', date '2021-01-01'),
    ('JP', 'PARTIAL', 'Only the private sector (business operators under the Act on the Protection of Personal Information)',
        'DPA 2018 Sch 21 para 5 (EU decision 2019/419)', date '2021-01-01'),
    ('JE', 'FULL', null, 'DPA 2018 Sch 21 para 5 (EU decision 2008/393/EC)', date '2021-01-01'),
    ('NZ', 'FULL', null, 'DPA 2018 Sch 21 para 5 (EU decision 2013/65/EU)', date '2021-01-01'),
    ('CH', 'FULL', null, 'DPA 2018 Sch 21 para 5 (EU decision 2000/518/EC)', date '2021-01-01'),
    ('UY', 'FULL', null, 'DPA 2018 Sch 21 para 5 (EU decision 2012/484/EU)', date '2021-01-01'),
    ('KR', 'FULL', null, 'The Data Protection (Adequacy) (Republic of Korea) Regulations 2022', date '2022-12-19'),
    ('US', 'PARTIAL', 'Only organisations certified under the UK Extension to the EU-US Data Privacy Framework',
        'The Data Protection (Adequacy) (United States of America) Regulations 2023', date '2023-10-12');

create table recipients (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    name text not null,
    kind text not null,
    contact text,
    -- Processors and sub-processors only:
    processor_of uuid references recipients (id),
    service text,
    processing_countries text[] not null default '{}',
    contract_signed_on date,
    created_by uuid not null,
    created_at timestamptz not null,
    constraint recipients_sub_processor check ((kind = 'SUB_PROCESSOR') = (processor_of is not null))
);
create index recipients_organisation on recipients (organisation_id);

create table sharing_agreements (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    type text not null check (type in ('CONTRACT', 'MEMORANDUM_OF_UNDERSTANDING', 'INFORMATION_SHARING_PROTOCOL')),
    title text not null,
    purpose text not null,
    data_shared text not null,
    lawful_basis text not null,
    starts_on date not null,
    review_on date not null,
    ends_on date,
    high_risk boolean not null,
    dpia_id uuid references dpias (id),
    signed_on date,
    signed_by text,
    created_by uuid not null,
    created_at timestamptz not null,
    constraint sharing_agreements_signed check ((signed_on is null) = (signed_by is null))
);
create index sharing_agreements_organisation on sharing_agreements (organisation_id);

create table sharing_agreement_parties (
    agreement_id uuid not null references sharing_agreements (id),
    recipient_id uuid not null references recipients (id),
    organisation_id uuid not null references organisations (id),
    primary key (agreement_id, recipient_id)
);

create table disclosures (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    recipient_id uuid not null references recipients (id),
    disclosed_on date not null,
    data_shared text not null,
    method text not null,
    basis text not null check (basis in ('ROUTINE', 'STATUTORY', 'WITHOUT_CONSENT_RISK')),
    agreement_id uuid references sharing_agreements (id),
    statutory_basis text,
    -- Without consent: the reason is encrypted under the first person's key (it says why someone is at risk).
    reason bytea,
    reason_subject uuid references people (id),
    decided_by uuid,
    decided_on date,
    case_id uuid references cases (id),
    document_format text check (document_format in ('PDF', 'PRINT')),
    recorded_by uuid not null,
    recorded_at timestamptz not null,
    constraint disclosures_routine check ((basis = 'ROUTINE') = (agreement_id is not null)),
    constraint disclosures_statutory check ((basis = 'STATUTORY') = (statutory_basis is not null)),
    constraint disclosures_risk check (
        (basis = 'WITHOUT_CONSENT_RISK') = (reason is not null and reason_subject is not null and decided_by is not null and decided_on is not null))
);
create index disclosures_organisation on disclosures (organisation_id);

create table disclosure_subjects (
    disclosure_id uuid not null references disclosures (id),
    person_id uuid not null references people (id),
    organisation_id uuid not null references organisations (id),
    primary key (disclosure_id, person_id)
);
create index disclosure_subjects_person on disclosure_subjects (person_id);

-- "Tell the person as soon as it is safe": opened by a disclosure without consent, closed by the DPO.
create table disclosure_follow_ups (
    disclosure_id uuid primary key references disclosures (id),
    organisation_id uuid not null references organisations (id),
    told_on date,
    not_told_reason text,
    closed_by uuid,
    closed_at timestamptz,
    constraint disclosure_follow_ups_closed check (
        (closed_at is null) = (closed_by is null)
        and (closed_at is null) = (told_on is null and not_told_reason is null))
);

create table transfers (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    recipient_id uuid not null references recipients (id),
    country_code text not null check (country_code ~ '^[A-Z]{2}$'),
    activity_id uuid references processing_activities (id),
    data_transferred text not null,
    -- Decided from uk_adequacy when recorded, and kept: the list may change later.
    adequate boolean not null,
    adequacy_source text,
    partial_coverage_confirmed boolean not null,
    safeguard text check (safeguard in ('IDTA', 'EU_SCCS_WITH_UK_ADDENDUM', 'ART_49_EXCEPTION')),
    safeguard_signed_on date,
    exception text check (exception in ('EXPLICIT_CONSENT', 'CONTRACT', 'IMPORTANT_PUBLIC_INTEREST', 'LEGAL_CLAIMS', 'VITAL_INTERESTS')),
    exception_justification text,
    risk_assessed_on date,
    risk_assessment_conclusion text,
    created_by uuid not null,
    created_at timestamptz not null,
    constraint transfers_safeguarded check (adequate or safeguard is not null)
);
create index transfers_organisation on transfers (organisation_id);

select protect_tenant_table('recipients');
select protect_tenant_table('sharing_agreements');
select protect_tenant_table('sharing_agreement_parties');
select protect_tenant_table('disclosures');
select protect_tenant_table('disclosure_subjects');
select protect_tenant_table('disclosure_follow_ups');
select protect_tenant_table('transfers');
grant select, insert, update on recipients, sharing_agreements, sharing_agreement_parties, disclosures,
    disclosure_subjects, disclosure_follow_ups, transfers to ${app_role};
