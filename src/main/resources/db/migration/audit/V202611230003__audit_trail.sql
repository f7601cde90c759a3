-- The audit trail: append-only and hash-chained per organisation (platform-level entries, such as an
-- operator's actions or a sign-in to an unknown organisation, form their own chain with a null
-- organisation). The runtime role may only INSERT and SELECT; the chain is computed here, by a
-- trigger running as the owner, so the application cannot forge a sequence number or a hash.
create table audit_entries (
    id bigint generated always as identity primary key,
    organisation_id uuid,
    sequence bigint not null,
    occurred_at timestamptz not null,
    actor_type text not null check (actor_type in ('USER', 'OPERATOR', 'SYSTEM', 'ANONYMOUS')),
    actor_id uuid,
    action text not null,
    object_type text,
    object_id text,
    subject_id uuid,
    purpose text,
    outcome text not null check (outcome in ('SUCCESS', 'FAILURE', 'DENIED')),
    detail text,
    request_id text,
    client_ref text,
    previous_hash bytea not null,
    entry_hash bytea not null,
    constraint audit_entries_sequence_key unique nulls not distinct (organisation_id, sequence)
);
create index audit_entries_occurred on audit_entries (organisation_id, occurred_at);
create index audit_entries_actor on audit_entries (organisation_id, actor_id);
create index audit_entries_subject on audit_entries (organisation_id, subject_id);

-- The newest entry of each chain, so that deleting entries from the end is detected too.
create table audit_chain_heads (
    chain_key uuid primary key,
    last_sequence bigint not null,
    last_hash bytea not null
);

-- How an entry is hashed. AuditCanonicalForm in Java computes exactly the same bytes, so that
-- verification does not trust this function either.
create function audit_field(value text) returns text
    language sql immutable
    as $$ select case when value is null then '~' else octet_length(convert_to(value, 'UTF8'))::text || ':' || value end $$;

create function audit_canonical(e audit_entries) returns bytea
    language sql immutable
    set search_path = ${schema}, pg_temp
    as $$
    select convert_to(
        audit_field(e.organisation_id::text) || '|' ||
        audit_field(e.sequence::text) || '|' ||
        audit_field(to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')) || '|' ||
        audit_field(e.actor_type) || '|' ||
        audit_field(e.actor_id::text) || '|' ||
        audit_field(e.action) || '|' ||
        audit_field(e.object_type) || '|' ||
        audit_field(e.object_id) || '|' ||
        audit_field(e.subject_id::text) || '|' ||
        audit_field(e.purpose) || '|' ||
        audit_field(e.outcome) || '|' ||
        audit_field(e.detail) || '|' ||
        audit_field(e.request_id) || '|' ||
        audit_field(e.client_ref), 'UTF8')
    $$;

create function audit_chain() returns trigger
    language plpgsql
    security definer
    set search_path = ${schema}, pg_temp
    as $$
declare
    chain uuid := coalesce(new.organisation_id, '00000000-0000-0000-0000-000000000000');
    head audit_chain_heads%rowtype;
begin
    -- The row lock on the head serialises appends within one chain until the transaction ends.
    insert into audit_chain_heads (chain_key, last_sequence, last_hash)
        values (chain, 0, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea)
        on conflict (chain_key) do nothing;
    select * into head from audit_chain_heads where chain_key = chain for update;
    new.sequence := head.last_sequence + 1;
    new.previous_hash := head.last_hash;
    new.entry_hash := sha256(new.previous_hash || audit_canonical(new));
    update audit_chain_heads set last_sequence = new.sequence, last_hash = new.entry_hash
        where chain_key = chain;
    return new;
end
$$;

create trigger audit_entries_chain before insert on audit_entries
    for each row execute function audit_chain();

alter table audit_entries enable row level security;
create policy organisation_isolation on audit_entries
    using (organisation_id is not distinct from current_organisation())
    with check (organisation_id is not distinct from current_organisation());

grant select, insert on audit_entries to ${app_role};
alter table audit_chain_heads enable row level security;
create policy organisation_isolation on audit_chain_heads
    using (chain_key = coalesce(current_organisation(), '00000000-0000-0000-0000-000000000000'));

grant select on audit_chain_heads to ${app_role};
revoke all on function audit_chain() from public;
