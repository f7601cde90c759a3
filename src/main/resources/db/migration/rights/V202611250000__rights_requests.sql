-- Rights requests (UK GDPR Arts 15-22; DUAA 2025 Art 12A). What the requester wrote about themselves and
-- the person concerned is encrypted under a key of the request's own (its id as a data subject), so that
-- destroying that key erases it; codes, dates and the organisation's own decisions are plain.
create table rights_requests (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    reference text not null,
    kind text not null check (kind in ('ACCESS', 'RECTIFICATION', 'ERASURE', 'RESTRICTION', 'OBJECTION',
        'OBJECTION_AUTOMATED_DECISIONS', 'CONSENT_WITHDRAWAL', 'PORTABILITY', 'DECEASED_PERSON_RECORD')),
    channel text not null check (channel in ('ONLINE_FORM', 'EMAIL', 'LETTER', 'PHONE', 'IN_PERSON')),
    received_on date not null,
    requester_name bytea not null,
    requester_email bytea,
    requester_address bytea,
    requester_phone bytea,
    subject_name bytea not null,
    subject_date_of_birth bytea,
    subject_other_names bytea,
    subject_address bytea,
    authority text not null check (authority in ('SELF', 'PARENT_WITH_PARENTAL_RESPONSIBILITY',
        'CHILD_AUTHORISED_REPRESENTATIVE', 'SOLICITOR', 'OTHER')),
    authority_note bytea,
    response_method text not null check (response_method in ('SECURE_DOWNLOAD', 'POST', 'COLLECT_IN_PERSON')),
    request_text bytea not null,
    status text not null check (status in ('RECEIVED', 'IN_PROGRESS', 'AWAITING_IDENTITY',
        'AWAITING_CLARIFICATION', 'AWAITING_FEE', 'CLOSED')),
    identity text check (identity in ('VERIFIED', 'NOT_NEEDED')),
    identity_evidence bytea,
    identity_checked_on date,
    identity_checked_by uuid,
    extension_months integer check (extension_months in (1, 2)),
    extension_reason text,
    extension_told_on date,
    fee_reason text check (fee_reason in ('MANIFESTLY_UNFOUNDED_OR_EXCESSIVE', 'FURTHER_COPIES')),
    fee_pence integer check (fee_pence > 0),
    fee_explanation text,
    fee_paid_on date,
    refusal_ground text check (refusal_ground in ('MANIFESTLY_UNFOUNDED', 'MANIFESTLY_EXCESSIVE')),
    refusal_reasons text,
    refusal_told_on date,
    outcome text check (outcome in ('COMPLETED', 'PARTLY_COMPLETED', 'REFUSED', 'WITHDRAWN', 'NOT_PURSUED')),
    outcome_summary text,
    closed_at timestamptz,
    closed_by uuid,
    due_soon_reminder_sent_at timestamptz,
    overdue_reminder_sent_at timestamptz,
    client_ref text,
    recorded_by uuid,
    recorded_at timestamptz not null,
    constraint rights_requests_reference unique (organisation_id, reference),
    constraint rights_requests_closed check ((status = 'CLOSED') = (closed_at is not null and outcome is not null)),
    constraint rights_requests_extension check ((extension_months is null) = (extension_reason is null)),
    constraint rights_requests_fee check ((fee_reason is null) = (fee_pence is null)),
    constraint rights_requests_refusal check ((refusal_ground is null) = (refusal_reasons is null))
);
create index rights_requests_open on rights_requests (organisation_id, status, received_on);
create index rights_requests_client on rights_requests (organisation_id, client_ref, recorded_at);

-- Stop the clock: each wait for identity, clarification or a fee, from the day asked to the day answered.
create table rights_request_pauses (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    request_id uuid not null references rights_requests (id),
    reason text not null check (reason in ('IDENTITY', 'CLARIFICATION', 'FEE')),
    paused_on date not null,
    resumed_on date,
    paused_by uuid not null,
    resumed_by uuid,
    constraint rights_request_pauses_order check (resumed_on is null or resumed_on >= paused_on)
);
create unique index rights_request_pauses_one_open on rights_request_pauses (request_id) where resumed_on is null;

-- The people in the organisation's records a DPO confirmed the request is about, each under a legal hold.
create table rights_request_matches (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    request_id uuid not null references rights_requests (id),
    person_id uuid not null,
    hold_id uuid not null,
    confirmed_by uuid not null,
    confirmed_at timestamptz not null,
    hold_lifted_at timestamptz,
    constraint rights_request_matches_once unique (request_id, person_id)
);
create index rights_request_matches_person on rights_request_matches (person_id);

-- The request's timeline, in words without personal data, in order.
create table rights_request_history (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    request_id uuid not null references rights_requests (id),
    occurred_at timestamptz not null,
    actor_name text not null,
    entry text not null
);
create index rights_request_history_request on rights_request_history (request_id, occurred_at);

select protect_tenant_table('rights_requests');
select protect_tenant_table('rights_request_pauses');
select protect_tenant_table('rights_request_matches');
select protect_tenant_table('rights_request_history');
grant select, insert, update on rights_requests, rights_request_pauses, rights_request_matches to ${app_role};
grant select, insert on rights_request_history to ${app_role};
