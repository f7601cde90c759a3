-- Audited actions no longer queue behind each other. Until now a trigger chained every entry at
-- insert, holding the chain head's row lock until commit (and across the WAL flush), so all audited
-- actions of one organisation ran one at a time. Now an entry is written *pending*: no sequence and
-- no hash yet, but with a MAC of its content under a key the database does not hold (computed by the
-- application), so it cannot be altered or made up unseen. A chainer, one per chain
-- at a time (an advisory lock), takes pending entries in order, chains them by SHA-256 as before and
-- seals each batch with a signed Merkle root (RFC 6962), all through the functions below, which run as
-- the owner: the runtime role still never updates or deletes an audit row.
--
-- Entries already chained keep their sequence and hashes and stay valid; the chainer seals them into
-- batches of their own before it chains anything new.
drop trigger audit_entries_chain on audit_entries;
drop function audit_chain();

alter table audit_entries
    alter column sequence drop not null,
    alter column previous_hash drop not null,
    alter column entry_hash drop not null,
    add column record_mac bytea;

-- Unique among chained entries only; a pending entry has no sequence yet.
alter table audit_entries drop constraint audit_entries_sequence_key;
create unique index audit_entries_sequence_key on audit_entries (organisation_id, sequence) nulls not distinct
    where sequence is not null;
create index audit_entries_pending on audit_entries (organisation_id, id) where sequence is null;

-- The runtime role writes an entry's content and its MAC, never a sequence or a hash.
revoke insert on audit_entries from ${app_role};
grant insert (organisation_id, occurred_at, actor_type, actor_id, action, object_type, object_id, subject_id,
    purpose, outcome, detail, request_id, client_ref, record_mac) on audit_entries to ${app_role};

-- One row per sealed batch: the entries first_sequence to last_sequence of a chain, the hash before
-- them and the last one's hash (so batches link up), and their Merkle root, all signed.
create table audit_batches (
    id bigint generated always as identity primary key,
    organisation_id uuid,
    chain_key uuid not null,
    first_sequence bigint not null,
    last_sequence bigint not null,
    previous_hash bytea not null,
    last_hash bytea not null,
    root bytea not null,
    sealed_at timestamptz not null,
    signature bytea not null,
    constraint audit_batches_range check (last_sequence >= first_sequence),
    constraint audit_batches_position_key unique (chain_key, first_sequence)
);

alter table audit_batches enable row level security;
create policy organisation_isolation on audit_batches
    using (organisation_id is not distinct from current_organisation());
grant select on audit_batches to ${app_role};

-- Chains the given pending entries of the current organisation's chain, in the order given, with the
-- hashes the chainer computed (32 bytes each, concatenated), and records their batch. Refuses if the
-- chain moved since the chainer read its head, or if any id is not a pending entry of this chain.
create function audit_chain_pending(p_ids bigint[], p_hashes bytea, p_expected_last bigint, p_root bytea,
        p_sealed_at timestamptz, p_signature bytea) returns bigint
    language plpgsql
    security definer
    set search_path = ${schema}, pg_temp
    as $$
declare
    chain uuid := coalesce(current_organisation(), '00000000-0000-0000-0000-000000000000');
    head audit_chain_heads%rowtype;
    n int := coalesce(cardinality(p_ids), 0);
    chained int;
begin
    if n = 0 or octet_length(p_hashes) <> 32 * n then
        raise exception 'a batch names each pending entry and its 32-byte hash';
    end if;
    insert into audit_chain_heads (chain_key, last_sequence, last_hash)
        values (chain, 0, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea)
        on conflict (chain_key) do nothing;
    select * into head from audit_chain_heads where chain_key = chain for update;
    if head.last_sequence <> p_expected_last then
        raise exception 'the chain moved on from entry % to %', p_expected_last, head.last_sequence
            using errcode = '40001';
    end if;
    update audit_entries e
        set sequence = head.last_sequence + u.position,
            previous_hash = case when u.position = 1 then head.last_hash
                else substring(p_hashes from (u.position::int - 2) * 32 + 1 for 32) end,
            entry_hash = substring(p_hashes from (u.position::int - 1) * 32 + 1 for 32)
        from unnest(p_ids) with ordinality as u(id, position)
        where e.id = u.id and e.sequence is null and e.organisation_id is not distinct from current_organisation();
    get diagnostics chained = row_count;
    if chained <> n then
        raise exception 'only pending entries of this chain can be chained, each once';
    end if;
    update audit_chain_heads set last_sequence = head.last_sequence + n,
            last_hash = substring(p_hashes from (n - 1) * 32 + 1 for 32)
        where chain_key = chain;
    insert into audit_batches (organisation_id, chain_key, first_sequence, last_sequence, previous_hash, last_hash,
            root, sealed_at, signature)
        values (current_organisation(), chain, head.last_sequence + 1, head.last_sequence + n, head.last_hash,
            substring(p_hashes from (n - 1) * 32 + 1 for 32), p_root, p_sealed_at, p_signature);
    return head.last_sequence + n;
end
$$;

-- Seals entries chained before batches existed (by the old trigger) into a batch: the next ones after
-- the last batch, up to p_last, with the hashes they already have.
create function audit_seal_chained(p_last bigint, p_root bytea, p_sealed_at timestamptz, p_signature bytea)
        returns bigint
    language plpgsql
    security definer
    set search_path = ${schema}, pg_temp
    as $$
declare
    chain uuid := coalesce(current_organisation(), '00000000-0000-0000-0000-000000000000');
    head audit_chain_heads%rowtype;
    first bigint;
    before bytea;
    last bytea;
begin
    select * into head from audit_chain_heads where chain_key = chain for update;
    first := coalesce((select b.last_sequence from audit_batches b where b.chain_key = chain
        order by b.first_sequence desc limit 1), 0) + 1;
    if head.chain_key is null or p_last < first or p_last > head.last_sequence then
        raise exception 'entries % to % are not chained entries awaiting a batch', first, p_last;
    end if;
    select e.previous_hash into before from audit_entries e
        where e.organisation_id is not distinct from current_organisation() and e.sequence = first;
    select e.entry_hash into last from audit_entries e
        where e.organisation_id is not distinct from current_organisation() and e.sequence = p_last;
    if before is null or last is null then
        raise exception 'entries % to % are not all there', first, p_last;
    end if;
    insert into audit_batches (organisation_id, chain_key, first_sequence, last_sequence, previous_hash, last_hash,
            root, sealed_at, signature)
        values (current_organisation(), chain, first, p_last, before, last, p_root, p_sealed_at, p_signature);
    return p_last;
end
$$;

-- Which chains have pending entries, or chained entries awaiting a batch. Runs as the owner so that
-- the scheduled chainer, which has no organisation, can find them; it returns identifiers only.
create function audit_chains_to_chain() returns table (chain_key uuid)
    language sql stable
    security definer
    set search_path = ${schema}, pg_temp
    as $$
    select distinct coalesce(e.organisation_id, '00000000-0000-0000-0000-000000000000') from audit_entries e
        where e.sequence is null
    union
    select h.chain_key from audit_chain_heads h
        where h.last_sequence > coalesce((select b.last_sequence from audit_batches b where b.chain_key = h.chain_key
            order by b.first_sequence desc limit 1), 0)
    $$;

revoke all on function audit_chain_pending(bigint[], bytea, bigint, bytea, timestamptz, bytea) from public;
revoke all on function audit_seal_chained(bigint, bytea, timestamptz, bytea) from public;
revoke all on function audit_chains_to_chain() from public;
grant execute on function audit_chain_pending(bigint[], bytea, bigint, bytea, timestamptz, bytea) to ${app_role};
grant execute on function audit_seal_chained(bigint, bytea, timestamptz, bytea) to ${app_role};
grant execute on function audit_chains_to_chain() to ${app_role};
