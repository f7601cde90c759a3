-- The organisation's retention schedule: one rule per kind of record. Rules are governance records,
-- not personal data, and are published on a public page once the schedule is adopted.
create table retention_schedules (
    organisation_id uuid primary key references organisations (id),
    adopted_by uuid not null,
    adopted_at timestamptz not null
);

create table retention_rules (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    record_kind text not null,
    period_years integer not null check (period_years between 1 and 150),
    starts_from text not null check (starts_from in ('DATE_OF_BIRTH', 'DATE_OF_DEATH', 'CASE_CLOSURE',
        'LAST_CONTACT', 'CREATION')),
    -- The looked-after children's rule: a shorter period after death when the child died before 18.
    child_death_years integer check (child_death_years between 1 and 150),
    end_action text not null check (end_action in ('DESTROY', 'ANONYMISE', 'REVIEW')),
    source text,
    updated_by uuid not null,
    updated_at timestamptz not null,
    constraint retention_rules_kind_key unique (organisation_id, record_kind)
);

-- Legal holds on a person or a case: nothing they cover is disposed of while they stand.
create table legal_holds (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    target_type text not null check (target_type in ('PERSON', 'CASE')),
    target_id uuid not null,
    ground text not null check (ground in ('LITIGATION', 'INQUIRY', 'STATUTORY_REVIEW', 'RIGHTS_REQUEST',
        'BREACH')),
    reason text not null,
    review_on date not null,
    placed_by uuid not null,
    placed_at timestamptz not null,
    lifted_by uuid,
    lifted_at timestamptz,
    lift_reason text
);
create index legal_holds_target on legal_holds (organisation_id, target_id) where lifted_at is null;

-- A disposal run and where it has got to: the rule it is on and the last record it dealt with. Both
-- move in the same transaction as each batch's disposal, so a run that crashes resumes exactly there.
create table disposal_runs (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    as_of date not null,
    status text not null check (status in ('RUNNING', 'COMPLETED')),
    started_by uuid not null,
    started_at timestamptz not null,
    finished_at timestamptz,
    rule_position integer not null default 0,
    cursor_id uuid,
    expected integer not null default 0,
    examined integer not null default 0,
    destroyed integer not null default 0,
    anonymised integer not null default 0,
    listed_for_review integer not null default 0,
    held integer not null default 0,
    batches integer not null default 0
);
create unique index disposal_runs_one_running on disposal_runs (organisation_id) where status = 'RUNNING';

-- What each run (or a DPO's review decision) did, identifiers only: the certificate is built from it.
create table disposal_log (
    id bigint generated always as identity primary key,
    organisation_id uuid not null references organisations (id),
    run_id uuid references disposal_runs (id),
    review_id uuid,
    record_kind text not null,
    record_id uuid not null,
    reference text,
    rule_id uuid not null,
    action text not null check (action in ('DESTROY', 'ANONYMISE', 'REVIEW')),
    done_at timestamptz not null
);
create index disposal_log_run on disposal_log (run_id, record_kind);
-- The database itself refuses to record a record disposed of twice.
create unique index disposal_log_once on disposal_log (organisation_id, record_kind, record_id, action)
    where action in ('DESTROY', 'ANONYMISE');

-- Records whose rule says a person decides; one open review per record.
create table retention_reviews (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    record_kind text not null,
    record_id uuid not null,
    subject_id uuid,
    reference text,
    rule_id uuid not null,
    due_on date not null,
    listed_at timestamptz not null,
    decision text check (decision in ('DISPOSE', 'KEEP', 'HOLD')),
    keep_until date,
    reason text,
    decided_by uuid,
    decided_at timestamptz
);
create unique index retention_reviews_open on retention_reviews (organisation_id, record_kind, record_id)
    where decision is null;
create index retention_reviews_record on retention_reviews (organisation_id, record_kind, record_id);

select protect_tenant_table('retention_schedules');
select protect_tenant_table('retention_rules');
select protect_tenant_table('legal_holds');
select protect_tenant_table('disposal_runs');
select protect_tenant_table('disposal_log');
select protect_tenant_table('retention_reviews');
grant select, insert, update on retention_schedules, retention_rules, legal_holds, disposal_runs, disposal_log,
    retention_reviews to ${app_role};

-- Disposal removes case records and people at the end of their retention period (and, later, on an
-- erasure request): the runtime role may delete from exactly the casework tables that erasure empties.
grant delete on people, person_addresses, person_telephones, person_sensitive_data, relationships, cases,
    case_team, case_participants, case_access_overrides, case_notes, lac_visits, attendance_marks,
    lac_placements, lac_pep_meetings, cdr_notifications, cdr_agencies, cdr_agency_reports, cdr_analyses,
    cdr_ncmd_submissions, pupil_enrolments, pupil_sen_statuses to ${app_role};

-- Consent history stays append-only for the application: the one way to remove it is erasing one
-- person in the current organisation. A consent they gave on someone else's behalf keeps the giver's
-- name and relationship as recorded; only the link to their person record goes.
create function erase_consent_history(person uuid) returns integer
    language plpgsql
    security definer
    set search_path = ${schema}, pg_temp
    as $$
declare
    removed integer;
begin
    if current_organisation() is null then
        raise exception 'Erasure runs only for an organisation';
    end if;
    delete from consent_events where person_id = person and organisation_id = current_organisation();
    get diagnostics removed = row_count;
    update consent_events set by_person_id = null
        where by_person_id = person and organisation_id = current_organisation();
    return removed;
end
$$;
revoke execute on function erase_consent_history(uuid) from public;
grant execute on function erase_consent_history(uuid) to ${app_role};
