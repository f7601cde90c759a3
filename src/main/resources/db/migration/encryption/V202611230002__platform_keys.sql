-- Keys below the master key, each sealed (encrypted) under it. Never readable without the master key.
create table platform_keys (
    purpose text primary key,
    sealed_keyset bytea not null
);
grant select, insert on platform_keys to ${app_role};
