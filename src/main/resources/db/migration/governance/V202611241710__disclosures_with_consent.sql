-- A disclosure may rest on the person's consent; the purpose consented to is kept beside it, and the
-- consent must be current for every person concerned at the moment of sharing.
alter table disclosures drop constraint disclosures_basis_check;
alter table disclosures add constraint disclosures_basis_check
    check (basis in ('ROUTINE', 'STATUTORY', 'WITH_CONSENT', 'WITHOUT_CONSENT_RISK'));

create table disclosure_consents (
    disclosure_id uuid primary key references disclosures (id),
    consent_purpose_id uuid not null references consent_purposes (id),
    organisation_id uuid not null references organisations (id)
);
select protect_tenant_table('disclosure_consents');
grant select, insert, delete on disclosure_consents to ${app_role};
