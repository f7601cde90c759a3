-- Deleting a row makes PostgreSQL look for rows still referring to it, by the referring column alone
-- (outside row-level security, so an index led by organisation_id does not serve). Without an index
-- led by that column each deleted row scanned the whole referring table: at a million cases, erasing
-- a batch of 100 people took ten seconds. ForeignKeyIndexTests keeps every new reference indexed.
create index cases_child_only on cases (child_id);
create index disclosures_case on disclosures (case_id) where case_id is not null;
create index cdr_agency_reports_agency on cdr_agency_reports (agency_id);
create index dpia_risks_dpia_only on dpia_risks (dpia_id);
create index processing_activities_dpia on processing_activities (dpia_id);
create index sharing_agreements_dpia on sharing_agreements (dpia_id);
create index transfers_activity on transfers (activity_id);
create index consent_events_purpose on consent_events (purpose_id);
create index disclosure_consents_purpose on disclosure_consents (consent_purpose_id);
create index consent_events_wording on consent_events (wording_id);
create index recipients_processor on recipients (processor_of) where processor_of is not null;
create index sharing_agreement_parties_recipient on sharing_agreement_parties (recipient_id);
create index disclosures_recipient on disclosures (recipient_id);
create index transfers_recipient on transfers (recipient_id);
create index disclosures_agreement on disclosures (agreement_id);
