-- Disposal erases people a batch at a time. The consent history of a whole batch goes in one call,
-- and the columns erasure searches by get indexes, so the cost follows the batch, not the organisation.
create function erase_consent_histories(people uuid[]) returns integer
    language plpgsql
    security definer
    set search_path = ${schema}, pg_temp
    as $$
declare
    removed integer;
begin
    if current_organisation() is null then
        raise exception 'Erasure runs only for an organisation';
    end if;
    delete from consent_events where person_id = any (people) and organisation_id = current_organisation();
    get diagnostics removed = row_count;
    update consent_events set by_person_id = null
        where by_person_id = any (people) and organisation_id = current_organisation();
    return removed;
end
$$;
revoke execute on function erase_consent_histories(uuid[]) from public;
grant execute on function erase_consent_histories(uuid[]) to ${app_role};

create index if not exists consent_events_by_person on consent_events (by_person_id) where by_person_id is not null;
create index if not exists disclosures_reason_subject on disclosures (reason_subject) where reason_subject is not null;
