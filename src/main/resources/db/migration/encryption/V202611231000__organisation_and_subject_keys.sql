-- The key hierarchy below the master key. Each organisation has one Tink AES-256-GCM keyset, sealed
-- under the master key; each data subject has one, sealed under their organisation's keyset. Only
-- sealed keysets are ever stored: reading these tables without the master key yields no key.
create table organisation_keys (
    organisation_id uuid primary key references organisations (id),
    sealed_keyset bytea not null,
    created_at timestamptz not null
);

alter table organisation_keys enable row level security;
create policy organisation_isolation on organisation_keys
    using (organisation_id = current_organisation())
    with check (organisation_id = current_organisation());

-- Organisation keys are never changed or removed by the application.
grant select, insert on organisation_keys to ${app_role};

-- Destroying a subject's key (crypto-shredding) empties sealed_keyset and sets destroyed_at; the row
-- stays as a tombstone so that no new key can ever be made for that subject in that organisation.
create table subject_keys (
    organisation_id uuid not null references organisations (id),
    subject_id uuid not null,
    sealed_keyset bytea,
    created_at timestamptz not null,
    destroyed_at timestamptz,
    primary key (organisation_id, subject_id),
    constraint subject_keys_destroyed_without_key check ((sealed_keyset is null) = (destroyed_at is not null))
);

alter table subject_keys enable row level security;
create policy organisation_isolation on subject_keys
    using (organisation_id = current_organisation())
    with check (organisation_id = current_organisation());

-- The only change ever allowed to a subject's key is destroying it, once: a destroyed key cannot be
-- replaced (which would let new values be written for an erased person), nor a live one swapped.
create function subject_keys_destroy_only() returns trigger
    language plpgsql
    as $$
begin
    if old.destroyed_at is not null or new.sealed_keyset is not null or new.destroyed_at is null
            or new.organisation_id <> old.organisation_id or new.subject_id <> old.subject_id
            or new.created_at <> old.created_at then
        raise exception 'a subject key can only be destroyed, once'
            using errcode = 'check_violation';
    end if;
    return new;
end
$$;

create trigger subject_keys_destroy_only before update on subject_keys
    for each row execute function subject_keys_destroy_only();

grant select, insert on subject_keys to ${app_role};
grant update (sealed_keyset, destroyed_at) on subject_keys to ${app_role};
