package org.custodia.governance.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.custodia.governance.AgreementStatus;
import org.custodia.governance.AgreementType;
import org.custodia.governance.DpiaId;
import org.custodia.governance.LawfulBasis;
import org.custodia.governance.NewSharingAgreement;
import org.custodia.governance.RecipientId;
import org.custodia.governance.SharingAgreement;
import org.custodia.governance.SharingAgreementId;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class AgreementRows {

    private final JdbcClient jdbc;

    AgreementRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(
            SharingAgreementId id, OrganisationId organisation, NewSharingAgreement a, UserId by, Instant now) {
        jdbc.sql("insert into sharing_agreements (id, organisation_id, type, title, purpose, data_shared, lawful_basis,"
                        + " starts_on, review_on, ends_on, high_risk, dpia_id, created_by, created_at) values (:id,"
                        + " :organisation, :type, :title, :purpose, :data, :basis, :starts, :review, :ends, :highRisk,"
                        + " :dpia, :by, :now)")
                .param("id", id.value())
                .param("organisation", organisation.value())
                .param("type", a.type().name())
                .param("title", a.title().trim())
                .param("purpose", a.purpose().trim())
                .param("data", a.dataShared().trim())
                .param("basis", a.lawfulBasis().name())
                .param("starts", a.startsOn())
                .param("review", a.reviewOn())
                .param("ends", a.endsOn())
                .param("highRisk", a.highRisk())
                .param("dpia", a.dpia())
                .param("by", by.value())
                .param("now", Timestamp.from(now))
                .update();
        for (UUID party : a.parties().stream().distinct().toList()) {
            jdbc.sql("insert into sharing_agreement_parties (agreement_id, recipient_id, organisation_id)"
                            + " values (:id, :party, :organisation)")
                    .param("id", id.value())
                    .param("party", party)
                    .param("organisation", organisation.value())
                    .update();
        }
    }

    public void sign(SharingAgreementId id, LocalDate on, String by) {
        jdbc.sql("update sharing_agreements set signed_on = :on, signed_by = :by where id = :id")
                .param("on", on)
                .param("by", by)
                .param("id", id.value())
                .update();
    }

    public List<SharingAgreement> all(LocalDate today) {
        return jdbc.sql("select * from sharing_agreements order by lower(title)")
                .query((rs, n) -> agreement(rs, today))
                .list();
    }

    public Optional<SharingAgreement> find(SharingAgreementId id, LocalDate today) {
        return jdbc.sql("select * from sharing_agreements where id = :id")
                .param("id", id.value())
                .query((rs, n) -> agreement(rs, today))
                .optional();
    }

    /** The agreements naming this recipient as a party, with their status on the given day. */
    public List<SharingAgreement> naming(RecipientId recipient, LocalDate day) {
        return jdbc.sql("select a.* from sharing_agreements a join sharing_agreement_parties p on p.agreement_id = a.id"
                        + " where p.recipient_id = :recipient order by a.starts_on desc")
                .param("recipient", recipient.value())
                .query((rs, n) -> agreement(rs, day))
                .list();
    }

    private SharingAgreement agreement(ResultSet rs, LocalDate today) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID dpia = rs.getObject("dpia_id", UUID.class);
        LocalDate signedOn = date(rs, "signed_on");
        LocalDate startsOn = date(rs, "starts_on");
        LocalDate reviewOn = date(rs, "review_on");
        LocalDate endsOn = date(rs, "ends_on");
        return new SharingAgreement(
                new SharingAgreementId(id),
                AgreementType.valueOf(rs.getString("type")),
                rs.getString("title"),
                parties(id),
                rs.getString("purpose"),
                rs.getString("data_shared"),
                LawfulBasis.valueOf(rs.getString("lawful_basis")),
                startsOn,
                reviewOn,
                endsOn,
                rs.getBoolean("high_risk"),
                dpia == null ? null : new DpiaId(dpia),
                signedOn,
                rs.getString("signed_by"),
                AgreementStatus.on(today, signedOn, startsOn, reviewOn, endsOn));
    }

    private List<SharingAgreement.Party> parties(UUID agreement) {
        return jdbc.sql(
                        "select r.id, r.name from sharing_agreement_parties p join recipients r on r.id = p.recipient_id"
                                + " where p.agreement_id = :id order by lower(r.name)")
                .param("id", agreement)
                .query((rs, n) -> new SharingAgreement.Party(
                        new RecipientId(rs.getObject("id", UUID.class)), rs.getString("name")))
                .list();
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
