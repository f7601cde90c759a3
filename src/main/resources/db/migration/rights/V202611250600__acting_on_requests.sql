-- Acting on an erasure request (UK GDPR Art 17): the DPO's ground and answer to each Art 17(3)
-- exception, decided once, and what happened to each person the request was matched to: erased, or
-- kept with the reasons (an exception, a legal hold, a retention period). Reasons name records by
-- reference and holds by ground, never by what they say; the person's name as shown to the DPO is
-- sealed under the request's own key, like everything else the request holds about people.
create table rights_request_erasures (
    request_id uuid primary key references rights_requests (id),
    organisation_id uuid not null references organisations (id),
    ground text not null check (ground in ('NO_LONGER_NECESSARY', 'CONSENT_WITHDRAWN', 'OBJECTION_UPHELD',
        'UNLAWFUL_PROCESSING', 'LEGAL_OBLIGATION')),
    decided_by uuid not null,
    decided_at timestamptz not null
);

create table rights_request_erasure_exceptions (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    request_id uuid not null references rights_request_erasures (request_id),
    exception text not null check (exception in ('FREEDOM_OF_EXPRESSION', 'LEGAL_OBLIGATION_OR_PUBLIC_TASK',
        'PUBLIC_HEALTH', 'ARCHIVING_RESEARCH_STATISTICS', 'LEGAL_CLAIMS')),
    applies boolean not null,
    reason text,
    constraint rights_request_erasure_exceptions_once unique (request_id, exception),
    constraint rights_request_erasure_exceptions_reason check (not applies or reason is not null)
);

create table rights_request_erasure_results (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    request_id uuid not null references rights_request_erasures (request_id),
    person_id uuid not null,
    person_label bytea not null,
    erased boolean not null,
    reasons text not null,
    position integer not null
);
create index rights_request_erasure_results_request on rights_request_erasure_results (request_id, position);
create index rights_request_erasure_results_person on rights_request_erasure_results (person_id);

-- Art 19: each recipient of a person's data told of a rectification, erasure or restriction made on a
-- request: by email when the recipient's contact is an email address (sent at once), otherwise a task the
-- DPO closes with how and when the recipient was told.
create table rights_request_notifications (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    request_id uuid not null references rights_requests (id),
    recipient_id uuid not null,
    recipient_name text not null,
    change text not null check (change in ('RECTIFICATION', 'ERASURE', 'RESTRICTION')),
    method text not null check (method in ('EMAIL', 'OTHER_MEANS')),
    letter_id uuid,
    created_at timestamptz not null,
    done_how text,
    done_on date,
    done_by uuid,
    done_at timestamptz,
    constraint rights_request_notifications_email_sent check (method <> 'EMAIL' or letter_id is not null),
    constraint rights_request_notifications_done check ((done_at is null) = (done_how is null))
);
create index rights_request_notifications_request on rights_request_notifications (request_id, created_at);

select protect_tenant_table('rights_request_erasures');
select protect_tenant_table('rights_request_erasure_exceptions');
select protect_tenant_table('rights_request_erasure_results');
select protect_tenant_table('rights_request_notifications');
grant select, insert on rights_request_erasures, rights_request_erasure_exceptions,
    rights_request_erasure_results to ${app_role};
grant select, insert, update on rights_request_notifications to ${app_role};
