-- Personal data breaches (UK GDPR Art 33, 34): every breach is recorded, reported or not. What was
-- decided and done is kept as entries (assessments, containment actions, reporting decisions, the
-- history), never overwritten, so the record shows how the organisation reached its decisions.
-- Breach records describe incidents, not a data subject, so their text is not encrypted; the forms
-- ask for no names of the people affected.
create table breaches (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    reference text not null,
    title text not null,
    description text not null,
    occurred_precision text not null check (occurred_precision in ('EXACT', 'APPROXIMATE', 'NOT_KNOWN')),
    occurred_at timestamptz,
    aware_at timestamptz not null,
    discovery text not null,
    data_categories text[] not null,
    special_category boolean not null,
    criminal_offence boolean not null,
    people_affected integer check (people_affected >= 0),
    records_affected integer check (records_affected >= 0),
    subject_categories text[] not null,
    nature text[] not null,
    access_report_id uuid,
    reported_at timestamptz,
    ico_reference text,
    late_report_reasons text,
    status text not null check (status in ('OPEN', 'CLOSED')),
    closing_summary text,
    closed_at timestamptz,
    closed_by uuid,
    due_soon_reminder_sent_at timestamptz,
    overdue_reminder_sent_at timestamptz,
    recorded_by uuid not null,
    recorded_at timestamptz not null,
    constraint breaches_reference unique (organisation_id, reference),
    constraint breaches_one_per_access_report unique (organisation_id, access_report_id),
    constraint breaches_occurred check ((occurred_precision = 'NOT_KNOWN') = (occurred_at is null)),
    constraint breaches_closed check ((status = 'CLOSED') = (closed_at is not null and closed_by is not null)),
    constraint breaches_reported check ((reported_at is null) = (ico_reference is null))
);
create index breaches_organisation on breaches (organisation_id, status);

create table breach_assessments (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    breach_id uuid not null references breaches (id),
    risk text not null check (risk in ('NO_RISK_LIKELY', 'RISK', 'HIGH_RISK')),
    reasons text not null,
    assessed_by uuid not null,
    assessed_at timestamptz not null
);
create index breach_assessments_breach on breach_assessments (breach_id, assessed_at);

create table breach_actions (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    breach_id uuid not null references breaches (id),
    taken_on date not null,
    description text not null,
    recorded_by uuid not null,
    recorded_at timestamptz not null
);
create index breach_actions_breach on breach_actions (breach_id, taken_on);

create table breach_decisions (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    breach_id uuid not null references breaches (id),
    decision text not null check (decision in ('REPORT', 'DO_NOT_REPORT')),
    reasons text not null,
    decided_by uuid not null,
    decided_at timestamptz not null
);
create index breach_decisions_breach on breach_decisions (breach_id, decided_at);

-- Art 34: tell the people affected without undue delay when the risk to them is high.
create table breach_notification_tasks (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    breach_id uuid not null unique references breaches (id),
    created_at timestamptz not null,
    told_on date,
    told_how text,
    not_told_reason text check (not_told_reason in ('UNINTELLIGIBLE', 'RISK_NO_LONGER_LIKELY', 'DISPROPORTIONATE_EFFORT')),
    explanation text,
    closed_by uuid,
    closed_at timestamptz,
    constraint breach_tasks_outcome check (
        (closed_at is null and told_on is null and not_told_reason is null)
        or (closed_at is not null and closed_by is not null
            and ((told_on is not null and told_how is not null and not_told_reason is null)
                 or (told_on is null and not_told_reason is not null and explanation is not null))))
);

-- What happened to the breach, in words, in order: the page's history.
create table breach_history (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    breach_id uuid not null references breaches (id),
    occurred_at timestamptz not null,
    actor_id uuid not null,
    entry text not null
);
create index breach_history_breach on breach_history (breach_id, occurred_at);

select protect_tenant_table('breaches');
select protect_tenant_table('breach_assessments');
select protect_tenant_table('breach_actions');
select protect_tenant_table('breach_decisions');
select protect_tenant_table('breach_notification_tasks');
select protect_tenant_table('breach_history');
grant select, insert, update on breaches, breach_notification_tasks to ${app_role};
-- Entries are never changed: the runtime role may only add them.
grant select, insert on breach_assessments, breach_actions, breach_decisions, breach_history to ${app_role};
