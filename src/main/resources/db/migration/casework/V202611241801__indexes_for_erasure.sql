-- Destroying a case or erasing a person deletes by case or by person; without these indexes each
-- disposal scanned whole tables, and a sweep over many records slowed with the size of the organisation.
create index if not exists case_notes_case on case_notes (case_id);
create index if not exists lac_visits_case on lac_visits (case_id);
create index if not exists case_access_overrides_case on case_access_overrides (case_id);
create index if not exists person_addresses_person on person_addresses (person_id);
create index if not exists person_telephones_person on person_telephones (person_id);
create index if not exists relationships_person on relationships (person_id);
create index if not exists relationships_related_person on relationships (related_person_id);
