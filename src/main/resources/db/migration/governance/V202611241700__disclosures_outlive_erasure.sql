-- Erasing a person (an upheld request, or the end of a retention period) takes them out of the
-- disclosure register: their link rows go, a reason encrypted under their key goes (it could no longer
-- be read anyway), and a disclosure left about nobody goes with its follow-up. A case destroyed at the
-- end of its retention period leaves its export disclosures in place, no longer pointing at it.
alter table disclosures drop constraint disclosures_risk;
alter table disclosures add constraint disclosures_risk check (
    (basis = 'WITHOUT_CONSENT_RISK') = (decided_by is not null and decided_on is not null)
    and (basis = 'WITHOUT_CONSENT_RISK' or (reason is null and reason_subject is null))
    and ((reason is null) = (reason_subject is null)));
alter table disclosures drop constraint disclosures_case_id_fkey;
alter table disclosures add constraint disclosures_case_id_fkey
    foreign key (case_id) references cases (id) on delete set null;
grant delete on disclosures, disclosure_subjects, disclosure_follow_ups to ${app_role};
