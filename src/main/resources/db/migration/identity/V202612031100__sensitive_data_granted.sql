-- Whether a user holds a sensitive-data grant today, as SQL, so that a read can decide in the same
-- statement that fetches the data (a case page asks it with the case row). The same rule as
-- TrainingRequirement.met with Grants.openFor (docs/special-category-data.md): an account that is not
-- disabled, an open grant, and every course the organisation requires recorded as current today
-- (completed on or before today, expiring after it), course names matched whatever their case and
-- spacing. An organisation that requires no course cannot grant at all. Row-level security confines
-- every table read to the organisation of the transaction (the function runs as its caller).
create function sensitive_data_granted(reader uuid, today date) returns boolean
    language sql stable
    as $$
    select exists (
            select 1 from users u
            join sensitive_data_grants g on g.user_id = u.id and g.ended_at is null
            where u.id = reader and u.status <> 'DISABLED')
        and exists (select 1 from required_courses)
        and not exists (
            select 1 from required_courses c
            where not exists (
                select 1 from training_records r
                where r.user_id = reader
                  and r.completed_on <= today and today < r.expires_on
                  and lower(btrim(regexp_replace(r.course, '\s+', ' ', 'g')))
                      = lower(btrim(regexp_replace(c.name, '\s+', ' ', 'g')))))
    $$;
