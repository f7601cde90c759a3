package org.custodia.casework.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.custodia.casework.CaseId;
import org.custodia.casework.DeathAnalysis;
import org.custodia.casework.DeathCategory;
import org.custodia.casework.ModifiableFactors;
import org.custodia.casework.NcmdStatus;
import org.custodia.casework.NcmdSubmission;
import org.custodia.casework.PersonId;
import org.custodia.encryption.FieldRef;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A child death review's outcome: the panel's analysis and its submission to the NCMD. */
@Repository
public class DeathReviewOutcomeRows {

    private final JdbcClient jdbc;
    private final FreeText text;

    DeathReviewOutcomeRows(JdbcClient jdbc, FreeText text) {
        this.jdbc = jdbc;
        this.text = text;
    }

    /** Records the analysis, or replaces the one recorded before. */
    public void saveAnalysis(
            OrganisationId organisation, CaseId id, PersonId child, DeathAnalysis analysis, UserId by, Instant now) {
        jdbc.sql("""
                        insert into cdr_analyses (case_id, organisation_id, reviewed_on, category, modifiable_factors,
                            learning_points, recorded_by, recorded_at)
                        values (:case, :organisation, :reviewed, :category, :factors, :learning, :by, :now)
                        on conflict (case_id) do update set reviewed_on = excluded.reviewed_on,
                            category = excluded.category, modifiable_factors = excluded.modifiable_factors,
                            learning_points = excluded.learning_points, recorded_by = excluded.recorded_by,
                            recorded_at = excluded.recorded_at""")
                .param("case", id.value())
                .param("organisation", organisation.value())
                .param("reviewed", analysis.reviewedOn())
                .param("category", analysis.category().name())
                .param("factors", analysis.modifiableFactors().name())
                .param("learning", text.seal(child, learningPoints(id), analysis.learningPoints()))
                .param("by", by.value())
                .param("now", Timestamp.from(now))
                .update();
    }

    /** The learning points only if {@code reveal}. */
    public Optional<DeathAnalysis> analysis(CaseId id, PersonId child, boolean reveal) {
        return jdbc.sql("select * from cdr_analyses where case_id = :case")
                .param("case", id.value())
                .query((row, n) -> {
                    byte[] learning = row.getBytes("learning_points");
                    return new DeathAnalysis(
                            row.getObject("reviewed_on", LocalDate.class),
                            DeathCategory.valueOf(row.getString("category")),
                            ModifiableFactors.valueOf(row.getString("modifiable_factors")),
                            text.openIf(reveal, child, learningPoints(id), learning),
                            !reveal && learning != null,
                            row.getTimestamp("recorded_at").toInstant());
                })
                .optional();
    }

    public NcmdSubmission submission(CaseId id) {
        return jdbc.sql("select * from cdr_ncmd_submissions where case_id = :case")
                .param("case", id.value())
                .query((row, n) -> new NcmdSubmission(
                        NcmdStatus.valueOf(row.getString("status")),
                        row.getObject("submitted_on", LocalDate.class),
                        row.getObject("responded_on", LocalDate.class)))
                .optional()
                .orElse(NcmdSubmission.NONE);
    }

    public void saveSubmission(
            OrganisationId organisation, CaseId id, NcmdSubmission submission, UserId by, Instant now) {
        jdbc.sql("""
                        insert into cdr_ncmd_submissions (case_id, organisation_id, status, submitted_on, responded_on,
                            updated_by, updated_at)
                        values (:case, :organisation, :status, :submitted, :responded, :by, :now)
                        on conflict (case_id) do update set status = excluded.status,
                            submitted_on = excluded.submitted_on, responded_on = excluded.responded_on,
                            updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .param("case", id.value())
                .param("organisation", organisation.value())
                .param("status", submission.status().name())
                .param("submitted", submission.submittedOn())
                .param("responded", submission.respondedOn())
                .param("by", by.value())
                .param("now", Timestamp.from(now))
                .update();
    }

    private static FieldRef learningPoints(CaseId id) {
        return FieldRef.of("cdr_analyses", "learning_points", id.value());
    }
}
