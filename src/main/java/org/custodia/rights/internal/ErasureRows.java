package org.custodia.rights.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.custodia.encryption.FieldEncryption;
import org.custodia.encryption.FieldRef;
import org.custodia.rights.ErasureException;
import org.custodia.rights.ErasureGround;
import org.custodia.rights.ErasureReport;
import org.custodia.rights.ErasureReport.PersonResult;
import org.custodia.rights.ExceptionAnswer;
import org.custodia.rights.RightsRequestId;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The erasure decision of a request and what it did to each person. Names are sealed under the request's
 * key; reasons are kept one a line.
 */
@Component
public class ErasureRows {

    private static final String TABLE = "rights_request_erasure_results";

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;

    ErasureRows(JdbcClient jdbc, FieldEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    public boolean decided(RightsRequestId request) {
        return jdbc.sql("select count(*) from rights_request_erasures where request_id = :request")
                        .param("request", request.value())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public void insert(RightsRequestId request, ErasureReport report, UserId by) {
        jdbc.sql("insert into rights_request_erasures (request_id, organisation_id, ground, decided_by, decided_at)"
                        + " values (:request, current_organisation(), :ground, :by, :at)")
                .param("request", request.value())
                .param("ground", report.ground().name())
                .param("by", by.value())
                .param("at", Timestamp.from(report.decidedAt()))
                .update();
        for (ExceptionAnswer answer : report.exceptions()) {
            jdbc.sql("insert into rights_request_erasure_exceptions (id, organisation_id, request_id, exception,"
                            + " applies, reason) values (:id, current_organisation(), :request, :exception, :applies,"
                            + " :reason)")
                    .param("id", UUID.randomUUID())
                    .param("request", request.value())
                    .param("exception", answer.exception().name())
                    .param("applies", answer.applying())
                    .param("reason", answer.applying() ? answer.reason() : null)
                    .update();
        }
        int position = 0;
        for (PersonResult person : report.people()) {
            UUID id = UUID.randomUUID();
            jdbc.sql("insert into " + TABLE + " (id, organisation_id, request_id, person_id, person_label, erased,"
                            + " reasons, position) values (:id, current_organisation(), :request, :person, :label,"
                            + " :erased, :reasons, :position)")
                    .param("id", id)
                    .param("request", request.value())
                    .param("person", person.person())
                    .param(
                            "label",
                            encryption.encrypt(
                                    request.keyHolder(), FieldRef.of(TABLE, "person_label", id), person.name()),
                            java.sql.Types.BINARY)
                    .param("erased", person.erased())
                    .param("reasons", String.join("\n", person.reasons()))
                    .param("position", position++)
                    .update();
        }
    }

    public Optional<ErasureReport> find(RightsRequestId request) {
        return jdbc.sql("select ground, decided_at from rights_request_erasures where request_id = :request")
                .param("request", request.value())
                .query((rs, n) -> new ErasureReport(
                        ErasureGround.valueOf(rs.getString("ground")),
                        answers(request),
                        results(request),
                        rs.getTimestamp("decided_at").toInstant()))
                .optional();
    }

    /** The results that name the person, for their subject access file. */
    public List<Result> about(UUID person) {
        return jdbc.sql("select r.request_id, r.erased, r.reasons, e.ground, e.decided_at from " + TABLE + " r"
                        + " join rights_request_erasures e on e.request_id = r.request_id where r.person_id = :person"
                        + " order by e.decided_at")
                .param("person", person)
                .query((rs, n) -> new Result(
                        new RightsRequestId(rs.getObject("request_id", UUID.class)),
                        ErasureGround.valueOf(rs.getString("ground")),
                        rs.getBoolean("erased"),
                        rs.getString("reasons"),
                        rs.getTimestamp("decided_at").toInstant()))
                .list();
    }

    public record Result(RightsRequestId request, ErasureGround ground, boolean erased, String reasons, Instant at) {}

    private List<ExceptionAnswer> answers(RightsRequestId request) {
        return jdbc
                .sql("select exception, applies, reason from rights_request_erasure_exceptions"
                        + " where request_id = :request")
                .param("request", request.value())
                .query((rs, n) -> new ExceptionAnswer(
                        ErasureException.valueOf(rs.getString("exception")),
                        rs.getBoolean("applies"),
                        rs.getString("reason")))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(ExceptionAnswer::exception))
                .toList();
    }

    private List<PersonResult> results(RightsRequestId request) {
        return jdbc.sql("select id, person_id, person_label, erased, reasons from " + TABLE
                        + " where request_id = :request order by position")
                .param("request", request.value())
                .query((rs, n) -> new PersonResult(
                        rs.getObject("person_id", UUID.class),
                        encryption.decrypt(
                                request.keyHolder(),
                                FieldRef.of(TABLE, "person_label", rs.getObject("id", UUID.class)),
                                rs.getBytes("person_label")),
                        rs.getBoolean("erased"),
                        Arrays.asList(rs.getString("reasons").split("\n"))))
                .list();
    }
}
