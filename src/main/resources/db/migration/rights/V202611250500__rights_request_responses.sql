-- The DPO's review of a subject access file before it is released: each decision on a record is kept per
-- request. WITHHOLD names the exemption relied on and what is withheld (the whole record, a field, or an
-- exact passage); DISCLOSE records that a record flagged as mentioning other people was reviewed and is
-- released. The passage and the DPO's note are encrypted under the request's own key; record ids and
-- field labels are identifiers and headings, not what was written.
create table rights_request_redactions (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    request_id uuid not null references rights_requests (id),
    record_id text not null,
    decision text not null check (decision in ('WITHHOLD', 'DISCLOSE')),
    field_name text,
    passage bytea,
    exemption text check (exemption in ('THIRD_PARTY', 'SERIOUS_HARM', 'CHILD_ABUSE_DATA_PARENT',
        'CRIME_PREVENTION', 'LEGAL_PROFESSIONAL_PRIVILEGE', 'CONFIDENTIAL_REFERENCE')),
    note bytea,
    decided_by uuid not null,
    decided_at timestamptz not null,
    constraint rights_request_redactions_exemption check ((decision = 'WITHHOLD') = (exemption is not null)),
    constraint rights_request_redactions_passage check (passage is null or field_name is not null),
    constraint rights_request_redactions_disclose check (decision = 'WITHHOLD' or field_name is null)
);
create index rights_request_redactions_request on rights_request_redactions (request_id, decided_at);

-- The response issued: how it went (a secure download offered to the requester, or documents kept for the
-- DPO to send by post or hand over), with counts. Documents kept for the DPO are encrypted under the
-- request's key, so destroying the request file's key makes them unreadable.
create table rights_request_responses (
    request_id uuid primary key references rights_requests (id),
    organisation_id uuid not null references organisations (id),
    delivery text not null check (delivery in ('SECURE_DOWNLOAD', 'DPO_DOWNLOAD')),
    offer_id uuid,
    records integer not null,
    withheld integer not null,
    pdf bytea,
    zip bytea,
    issued_by uuid not null,
    issued_at timestamptz not null,
    constraint rights_request_responses_offer check ((delivery = 'SECURE_DOWNLOAD') = (offer_id is not null))
);

select protect_tenant_table('rights_request_redactions');
select protect_tenant_table('rights_request_responses');
grant select, insert, delete on rights_request_redactions to ${app_role};
grant select, insert, update, delete on rights_request_responses to ${app_role};
-- A closed request's file is destroyed at the end of its retention period, rows and all.
grant delete on rights_requests, rights_request_pauses, rights_request_matches, rights_request_history to ${app_role};
