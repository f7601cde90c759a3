-- Seals: signed checkpoints of each chain. The chain alone cannot stop someone holding the owner's
-- database credentials from rewriting every hash consistently; a seal is signed with a key that the
-- database does not hold (it is sealed under the master key), and each seal is also emailed to the
-- organisation's DPOs, so a rewrite no longer matches seals kept both inside and outside the database.
create table audit_seals (
    id bigint generated always as identity primary key,
    organisation_id uuid,
    chain_key uuid not null,
    last_sequence bigint not null,
    last_hash bytea not null,
    sealed_at timestamptz not null,
    signature bytea not null,
    constraint audit_seals_position_key unique (chain_key, last_sequence)
);

alter table audit_seals enable row level security;
create policy organisation_isolation on audit_seals
    using (organisation_id is not distinct from current_organisation())
    with check (organisation_id is not distinct from current_organisation()
        and chain_key = coalesce(current_organisation(), '00000000-0000-0000-0000-000000000000'));

grant select, insert on audit_seals to ${app_role};

-- Which chains have moved since their last seal. Runs as the owner so that the scheduled sealer,
-- which has no organisation, can find them; it returns identifiers only.
create function audit_chains_to_seal() returns table (chain_key uuid)
    language sql stable
    security definer
    set search_path = ${schema}, pg_temp
    as $$
    select h.chain_key from audit_chain_heads h
    where h.last_sequence > coalesce((select max(s.last_sequence) from audit_seals s where s.chain_key = h.chain_key), 0)
    $$;
revoke all on function audit_chains_to_seal() from public;
grant execute on function audit_chains_to_seal() to ${app_role};
