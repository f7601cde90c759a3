package org.custodia.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every reference to a row that erasure or disposal may delete has an index led by the referring
 * column. PostgreSQL checks references by that column alone when a row goes; without the index each
 * deleted person or case scans the whole referring table, and disposal slows with the organisation's
 * size (a batch of 100 people took ten seconds at a million cases). Organisations and user accounts
 * are never deleted, so references to them are left out.
 */
@CustodiaTest
class ForeignKeyIndexIntegrationTests {

    @Autowired
    TestDatabase database;

    @Test
    void everyForeignKeyToADeletableRowHasAnIndexLedByItsColumn() throws Exception {
        List<String> unindexed = new ArrayList<>();
        try (Connection owner = database.owner();
                ResultSet rows = owner.createStatement().executeQuery("""
                        select c.conrelid::regclass || '.' || a.attname || ' -> ' || c.confrelid::regclass
                        from pg_constraint c
                        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                        where c.contype = 'f' and c.connamespace = 'custodia'::regnamespace
                          and c.confrelid not in ('custodia.organisations'::regclass, 'custodia.users'::regclass)
                          and not exists (select 1 from pg_index i
                                          where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1])
                        order by 1""")) {
            while (rows.next()) {
                unindexed.add(rows.getString(1));
            }
        }
        assertThat(unindexed)
                .as("foreign keys without an index led by their column")
                .isEmpty();
    }
}
