-- Row-level security adds "organisation_id = current_organisation()" to every query, and the planner,
-- unable to see the value, guesses it picks few rows: it read all of an organisation's cases through
-- cases_child and sorted them to find the next batch of a disposal run (seven seconds at a million).
-- This index gives the organisation's cases in identifier order, which is the run's cursor order.
create index cases_in_order on cases (organisation_id, id);
