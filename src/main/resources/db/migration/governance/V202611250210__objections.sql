-- UK GDPR Art 21 and 22: a person's objection to a processing activity, or to its automated decisions
-- and profiling, and the DPO's decision. Upheld stops the processing for that person; continued must
-- record the compelling legitimate grounds (encrypted under the person's key: they are about them).
create table processing_objections (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    person_id uuid not null references people (id) on delete cascade,
    activity_id uuid not null references processing_activities (id),
    kind text not null check (kind in ('PROCESSING', 'AUTOMATED_DECISIONS')),
    received_on date not null,
    request_id uuid,
    recorded_by uuid not null,
    recorded_at timestamptz not null,
    decision text check (decision in ('UPHELD', 'CONTINUED')),
    grounds bytea,
    decided_by uuid,
    decided_at timestamptz,
    decision_request_id uuid,
    constraint processing_objections_continued_has_grounds check (decision is distinct from 'CONTINUED'
        or grounds is not null)
);
create index processing_objections_person on processing_objections (person_id, activity_id);

select protect_tenant_table('processing_objections');
grant select, insert, update on processing_objections to ${app_role};
