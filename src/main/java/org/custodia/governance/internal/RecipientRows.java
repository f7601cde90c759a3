package org.custodia.governance.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.custodia.governance.Country;
import org.custodia.governance.NewRecipient;
import org.custodia.governance.Recipient;
import org.custodia.governance.RecipientId;
import org.custodia.governance.RecipientKind;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class RecipientRows {

    private static final String SELECT = "select r.*, p.name as processor_name from recipients r"
            + " left join recipients p on p.id = r.processor_of";

    private final JdbcClient jdbc;

    RecipientRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(RecipientId id, OrganisationId organisation, NewRecipient r, UserId by, Instant now) {
        jdbc.sql("insert into recipients (id, organisation_id, name, kind, contact, processor_of, service,"
                        + " processing_countries, contract_signed_on, created_by, created_at) values (:id, :organisation,"
                        + " :name, :kind, :contact, :processorOf, :service, :countries, :contract, :by, :now)")
                .param("id", id.value())
                .param("organisation", organisation.value())
                .param("name", r.name().trim())
                .param("kind", r.kind().name())
                .param("contact", Checks.trimmed(r.contact()))
                .param("processorOf", r.processorOf())
                .param("service", Checks.trimmed(r.service()))
                .param(
                        "countries",
                        r.processingCountries() == null
                                ? new String[0]
                                : r.processingCountries().stream()
                                        .map(c -> c.trim().toUpperCase(java.util.Locale.ROOT))
                                        .toArray(String[]::new))
                .param("contract", r.contractSignedOn())
                .param("by", by.value())
                .param("now", Timestamp.from(now))
                .update();
    }

    public List<Recipient> all() {
        return jdbc.sql(SELECT + " order by lower(r.name)")
                .query(RecipientRows::recipient)
                .list();
    }

    public Optional<Recipient> find(RecipientId id) {
        return jdbc.sql(SELECT + " where r.id = :id")
                .param("id", id.value())
                .query(RecipientRows::recipient)
                .optional();
    }

    public List<Recipient> subProcessorsOf(RecipientId id) {
        return jdbc.sql(SELECT + " where r.processor_of = :id order by lower(r.name)")
                .param("id", id.value())
                .query(RecipientRows::recipient)
                .list();
    }

    public List<Recipient> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where r.id in (:ids) order by lower(r.name)")
                .param("ids", ids)
                .query(RecipientRows::recipient)
                .list();
    }

    static Recipient recipient(ResultSet rs, int row) throws SQLException {
        UUID processorOf = rs.getObject("processor_of", UUID.class);
        Array countries = rs.getArray("processing_countries");
        Date contract = rs.getDate("contract_signed_on");
        return new Recipient(
                new RecipientId(rs.getObject("id", UUID.class)),
                rs.getString("name"),
                RecipientKind.valueOf(rs.getString("kind")),
                rs.getString("contact"),
                processorOf == null ? null : new RecipientId(processorOf),
                rs.getString("processor_name"),
                rs.getString("service"),
                Arrays.stream((String[]) countries.getArray())
                        .map(code -> Countries.of(code).orElse(new Country(code, code)))
                        .toList(),
                contract == null ? null : contract.toLocalDate());
    }
}
