-- One way to put a tenant table behind row-level security, so that no migration can forget half of
-- it: every row belongs to the organisation in the transaction's app.organisation_id, for reading
-- and for writing. Grants stay in each migration, because they differ (audit is insert-only).
create function protect_tenant_table(t regclass) returns void
    language plpgsql
as $$
begin
    execute format('alter table %s enable row level security', t);
    execute format('create policy organisation_isolation on %s using (organisation_id = current_organisation())'
        || ' with check (organisation_id = current_organisation())', t);
end
$$;
revoke execute on function protect_tenant_table(regclass) from public;
