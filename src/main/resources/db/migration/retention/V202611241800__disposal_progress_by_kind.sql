-- A run's place is the kind of record it is working on, not a position in the list of rules, so that a
-- rule added or removed while a run is unfinished neither repeats nor skips a kind. A run stopped under
-- the old scheme starts again from the first kind: records already gone are not found again, and records
-- listed for review or anonymised are recognised and left.
alter table disposal_runs add column rule_kind text;
alter table disposal_runs drop column rule_position;
