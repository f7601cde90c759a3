package org.custodia.governance.internal;

import java.util.Optional;
import org.custodia.governance.DpiaId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** DPIAs and their risks. Row-level security confines every query to one organisation. */
@Repository
public class DpiaRows {

    private final JdbcClient jdbc;

    DpiaRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> status(DpiaId id) {
        return jdbc.sql("select status from dpias where id = :id")
                .param("id", id.value())
                .query(String.class)
                .optional();
    }
}
