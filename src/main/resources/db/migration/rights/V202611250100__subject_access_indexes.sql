-- Subject access reads everything about one person: each lookup by person must be an index scan, so
-- that assembling a file costs the same in an organisation of a thousand records or ten million.
-- (Tables already indexed by person: people, person_addresses, person_telephones, relationships,
-- cases, case_participants (with organisation), consent_events, disclosure_subjects, audit_entries.)
create index if not exists case_participants_person_only on case_participants (person_id);
create index if not exists consent_events_by_person on consent_events (by_person_id) where by_person_id is not null;
create index if not exists legal_holds_any_target on legal_holds (target_id);
create index if not exists retention_reviews_subject on retention_reviews (subject_id) where subject_id is not null;
