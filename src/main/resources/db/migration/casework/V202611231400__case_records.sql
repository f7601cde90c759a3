-- The remaining case records. Free text (notes, circumstances, reports, learning points) is encrypted
-- under the child's key and bound to its row, like case notes; so is a pupil's special educational
-- needs status, which says something about the child's needs and health.

-- Looked-after children: placements, one at a time (a new placement ends the current one on the day
-- it starts), and personal education plan (PEP) meetings.
create table lac_placements (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    case_id uuid not null references cases (id),
    placement_type text not null check (placement_type in ('FOSTER_CARE_CONNECTED_PERSON', 'FOSTER_CARE',
        'PLACED_FOR_ADOPTION', 'PLACED_WITH_PARENTS', 'CHILDRENS_HOME', 'SECURE_CHILDRENS_HOME',
        'SUPPORTED_ACCOMMODATION', 'RESIDENTIAL_SCHOOL', 'YOUTH_CUSTODY', 'HEALTH_PROVIDER', 'OTHER')),
    started_on date not null,
    ended_on date,
    recorded_by uuid not null,
    recorded_at timestamptz not null,
    constraint lac_placements_ended_after_started check (ended_on is null or ended_on >= started_on)
);
create index lac_placements_case on lac_placements (case_id, started_on);

create table lac_pep_meetings (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    case_id uuid not null references cases (id),
    held_on date not null,
    attendees text not null,
    notes bytea,
    recorded_by uuid not null,
    recorded_at timestamptz not null
);
create index lac_pep_meetings_case on lac_pep_meetings (case_id, held_on);

-- Child death reviews. The notification comes first: it records (or must agree with) the child's date
-- of death, and nothing else can be recorded on the review without it.
create table cdr_notifications (
    case_id uuid primary key references cases (id),
    organisation_id uuid not null references organisations (id),
    notified_on date not null,
    date_of_death date not null,
    place_of_death text not null check (place_of_death in ('HOSPITAL', 'HOSPICE', 'CHILDS_HOME',
        'OTHER_HOME', 'PUBLIC_PLACE', 'ABROAD', 'OTHER')),
    circumstances bytea not null,
    recorded_by uuid not null,
    recorded_at timestamptz not null,
    constraint cdr_notifications_after_death check (notified_on >= date_of_death)
);

create table cdr_agencies (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    case_id uuid not null references cases (id),
    name text not null,
    added_by uuid not null,
    added_at timestamptz not null
);
create unique index cdr_agencies_name on cdr_agencies (case_id, lower(name));

create table cdr_agency_reports (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    case_id uuid not null references cases (id),
    agency_id uuid not null references cdr_agencies (id),
    submitted_on date not null,
    content bytea not null,
    recorded_by uuid not null,
    recorded_at timestamptz not null
);
create index cdr_agency_reports_case on cdr_agency_reports (case_id, agency_id);

-- The panel's analysis, with the 10 categories of the national child death review analysis form.
create table cdr_analyses (
    case_id uuid primary key references cases (id),
    organisation_id uuid not null references organisations (id),
    reviewed_on date not null,
    category text not null check (category in ('DELIBERATELY_INFLICTED_INJURY_ABUSE_OR_NEGLECT',
        'SUICIDE_OR_SELF_INFLICTED_HARM', 'TRAUMA_AND_OTHER_EXTERNAL_FACTORS', 'MALIGNANCY',
        'ACUTE_MEDICAL_OR_SURGICAL_CONDITION', 'CHRONIC_MEDICAL_CONDITION',
        'CHROMOSOMAL_GENETIC_AND_CONGENITAL_ANOMALIES', 'PERINATAL_OR_NEONATAL_EVENT', 'INFECTION',
        'SUDDEN_UNEXPECTED_UNEXPLAINED_DEATH')),
    modifiable_factors text not null check (modifiable_factors in ('YES', 'NO', 'INSUFFICIENT_INFORMATION')),
    learning_points bytea,
    recorded_by uuid not null,
    recorded_at timestamptz not null
);

-- The submission to the National Child Mortality Database; no row means not submitted.
create table cdr_ncmd_submissions (
    case_id uuid primary key references cases (id),
    organisation_id uuid not null references organisations (id),
    status text not null check (status in ('SUBMITTED', 'ACCEPTED', 'RETURNED_FOR_CORRECTION')),
    submitted_on date not null,
    responded_on date,
    updated_by uuid not null,
    updated_at timestamptz not null,
    constraint cdr_ncmd_response check ((status = 'SUBMITTED') = (responded_on is null)
        and (responded_on is null or responded_on >= submitted_on))
);

-- Pupils: enrolments at schools (dual registration allowed, so they may overlap) and the history of
-- their special educational needs status, encrypted as its one-letter census code (N, K or E) so
-- that the ciphertext's length gives nothing away.
create table pupil_enrolments (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    case_id uuid not null references cases (id),
    school text not null,
    year_group text not null check (year_group in ('NURSERY_1', 'NURSERY_2', 'RECEPTION', 'YEAR_1', 'YEAR_2',
        'YEAR_3', 'YEAR_4', 'YEAR_5', 'YEAR_6', 'YEAR_7', 'YEAR_8', 'YEAR_9', 'YEAR_10', 'YEAR_11', 'YEAR_12',
        'YEAR_13', 'YEAR_14', 'OUTSIDE_NATIONAL_CURRICULUM')),
    admitted_on date not null,
    left_on date,
    recorded_by uuid not null,
    recorded_at timestamptz not null,
    constraint pupil_enrolments_left_after_admitted check (left_on is null or left_on >= admitted_on)
);
create index pupil_enrolments_case on pupil_enrolments (case_id, admitted_on);

create table pupil_sen_statuses (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    case_id uuid not null references cases (id),
    effective_from date not null,
    status bytea not null,
    recorded_by uuid not null,
    recorded_at timestamptz not null
);
create index pupil_sen_statuses_case on pupil_sen_statuses (case_id, effective_from);

do $$
declare
    t text;
begin
    foreach t in array array['lac_placements', 'lac_pep_meetings', 'cdr_notifications', 'cdr_agencies',
            'cdr_agency_reports', 'cdr_analyses', 'cdr_ncmd_submissions', 'pupil_enrolments',
            'pupil_sen_statuses'] loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy organisation_isolation on %I using (organisation_id = current_organisation())'
            || ' with check (organisation_id = current_organisation())', t);
        execute format('grant select, insert on %I to ${app_role}', t);
    end loop;
end
$$;
-- Only what changes may be updated: a placement or enrolment ending, the analysis revised before it is
-- submitted, the submission's status. Nothing here is ever deleted.
grant update on lac_placements, pupil_enrolments, cdr_analyses, cdr_ncmd_submissions to ${app_role};
