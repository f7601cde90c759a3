package org.custodia.governance.internal;

import java.util.Optional;
import org.custodia.governance.DpiaId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a DPIA exists in the organisation and is signed off. Stands in for the DPIA register's own
 * answer ({@code Dpias.isSignedOff}) until the two branches meet; then this class goes.
 */
@Component
public class DpiaSignOff {

    private final JdbcClient jdbc;

    DpiaSignOff(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when the DPIA is not the organisation's (row-level security hides it) or does not exist. */
    public Optional<Boolean> isSignedOff(DpiaId id) {
        return jdbc.sql("select status = 'SIGNED_OFF' from dpias where id = :id")
                .param("id", id.value())
                .query(Boolean.class)
                .optional();
    }
}
