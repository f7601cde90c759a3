package org.custodia.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * No module left out of subject access and erasure: every table that refers to a person — by a
 * person or subject column, by a foreign key to people, or through a chain of foreign keys to a
 * table that does (a case's records refer to the case, which refers to its child) — is covered by
 * some {@link PersonalDataHolder}. A new such table fails this test until a holder claims it.
 */
@CustodiaTest
class PersonalDataCoverageIntegrationTests {

    /** Tables that refer to a person but hold nothing about them, each with the reason. */
    static final Map<String, String> NOT_PERSONAL_DATA = Map.of(
            "subject_keys",
            "the person's encryption key, not information about them; erasure destroys it (crypto-shredding)");

    @Autowired
    List<PersonalDataHolder> holders;

    @Autowired
    TestDatabase database;

    @Test
    void everyTableThatRefersToAPersonIsCoveredByAHolder() throws Exception {
        Set<String> referring = tablesReferringToPeople();
        Set<String> covered = new TreeSet<>();
        holders.forEach(holder -> covered.addAll(holder.tables()));

        assertThat(referring)
                .as("the query finds the tables we know of, so it can find a new one")
                .contains(
                        "people",
                        "case_notes",
                        "consent_events",
                        "audit_entries",
                        "disclosure_subjects",
                        "retention_reviews",
                        "subject_keys");
        Set<String> uncovered = new TreeSet<>(referring);
        uncovered.removeAll(covered);
        uncovered.removeAll(NOT_PERSONAL_DATA.keySet());
        assertThat(uncovered)
                .as("tables referring to a person that no PersonalDataHolder#tables() covers:"
                        + " implement export and erase for them in the module that owns them")
                .isEmpty();
        assertThat(covered).as("holders claim only tables that exist").isSubsetOf(allTables());
    }

    private Set<String> tablesReferringToPeople() throws Exception {
        try (Connection owner = database.owner();
                ResultSet rows = owner.createStatement().executeQuery("""
                        with recursive direct as (
                            select table_name::text as table_name from information_schema.columns
                            where table_schema = 'custodia' and data_type = 'uuid'
                              and (column_name like '%person%' or column_name like '%subject%'
                                   or column_name in ('child_id', 'target_id'))
                            union select 'people'
                        ), fk as (
                            select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
                            from pg_constraint c join pg_namespace n on n.oid = c.connamespace
                            where c.contype = 'f' and n.nspname = 'custodia'
                        ), referring as (
                            select table_name from direct
                            union select fk.child from fk join referring r on fk.parent = r.table_name
                        )
                        select distinct table_name from referring""")) {
            Set<String> tables = new TreeSet<>();
            while (rows.next()) {
                tables.add(rows.getString(1).replace("custodia.", ""));
            }
            return tables;
        }
    }

    private Set<String> allTables() throws Exception {
        try (Connection owner = database.owner();
                ResultSet rows = owner.createStatement()
                        .executeQuery(
                                "select table_name from information_schema.tables where table_schema = 'custodia'")) {
            Set<String> tables = new TreeSet<>();
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
            return tables;
        }
    }
}
