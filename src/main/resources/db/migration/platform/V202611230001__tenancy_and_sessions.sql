-- The organisation a transaction runs for; row-level security policies compare against it.
-- An empty or missing setting means "no organisation": such a transaction sees no tenant rows.
create function current_organisation() returns uuid
    language sql stable
    as $$ select nullif(current_setting('app.organisation_id', true), '')::uuid $$;

grant usage on schema ${schema} to ${app_role};

-- Spring Session JDBC: sessions live in PostgreSQL so that several nodes can serve one database.
-- session_id is wider than Spring's default because Custodia's ids carry 256 random bits.
create table spring_session (
    primary_id char(36) not null,
    session_id varchar(64) not null,
    creation_time bigint not null,
    last_access_time bigint not null,
    max_inactive_interval int not null,
    expiry_time bigint not null,
    principal_name varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name varchar(200) not null,
    attribute_bytes bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

grant select, insert, update, delete on spring_session, spring_session_attributes to ${app_role};
