-- User accounts under the retention schedule: the dates a leaver's period runs from, and the mark of
-- an account whose person has been removed from it (the row stays: the audit trail, case teams and
-- grants refer to its id).
alter table users
    add column last_signed_in_at timestamptz,
    add column disabled_at timestamptz,
    add column anonymised_at timestamptz;

-- Accounts disabled before the date was kept: their last change is the best evidence there is.
update users set disabled_at = updated_at where status = 'DISABLED';

-- An anonymised account can never be used again, whatever the application does.
alter table users add constraint users_anonymised_stay_disabled
    check (anonymised_at is null or (status = 'DISABLED' and password_hash is null and totp_secret is null));

create index users_leavers on users (organisation_id, id) where status = 'DISABLED' and anonymised_at is null;

-- Anonymising removes the rows that belong only to the account.
grant delete on password_tokens, api_tokens, notifications, marketing_preference_changes to ${app_role};
