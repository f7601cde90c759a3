-- ShedLock: a scheduled job runs on one node at a time, whichever node reaches it first. Lock times
-- are the database's own (usingDbTime), so nodes with drifting clocks still agree.
create table shedlock (
    name varchar(64) not null,
    lock_until timestamp not null,
    locked_at timestamp not null,
    locked_by varchar(255) not null,
    constraint shedlock_pk primary key (name)
);
grant select, insert, update on shedlock to ${app_role};
