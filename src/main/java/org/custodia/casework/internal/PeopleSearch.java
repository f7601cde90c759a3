package org.custodia.casework.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.custodia.casework.PersonSummary;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds people by name (forgiving typos and either name order, by trigram similarity), date of birth,
 * NHS number or unique pupil number, returning only people the reader may see. The search terms are
 * neither logged nor audited.
 */
@Component
public class PeopleSearch {

    /** Lower than pg_trgm's default 0.3, so that a misspelt first and last name still match. */
    static final String SIMILARITY_THRESHOLD = "0.25";

    static final int LIMIT = 25;

    private static final String NAME = "lower(p.first_name || ' ' || p.last_name)";
    private static final String REVERSED = "lower(p.last_name || ' ' || p.first_name)";

    private final JdbcClient jdbc;

    PeopleSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Lowers the trigram threshold for the current transaction, for name matching that forgives typos. */
    public void forgivingTypos() {
        jdbc.sql("select set_config('pg_trgm.similarity_threshold', :threshold, true)")
                .param("threshold", SIMILARITY_THRESHOLD)
                .query()
                .singleValue();
    }

    public List<PersonSummary> search(String text, LocalDate dateOfBirth, UserId reader, Instant now) {
        return search(text, dateOfBirth, reader, now, true);
    }

    /** The same search over everyone in the organisation, need-to-know aside (for the DPO's rights work). */
    public List<PersonSummary> searchOrganisation(String text, LocalDate dateOfBirth) {
        return search(text, dateOfBirth, null, null, false);
    }

    private List<PersonSummary> search(
            String text, LocalDate dateOfBirth, UserId reader, Instant now, boolean needToKnow) {
        String query = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        forgivingTypos();
        String identifier = query.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        JdbcClient.StatementSpec statement = jdbc.sql(
                        "select p.*, greatest(similarity(" + NAME + ", :q), similarity(" + REVERSED + ", :q)) as score"
                                + " from people p where (:q = '' or " + NAME + " % :q or " + REVERSED + " % :q"
                                + " or p.nhs_number = :identifier or p.unique_pupil_number = :identifier)"
                                + " and (cast(:born as date) is null or p.date_of_birth = cast(:born as date))"
                                + " and (:q <> '' or cast(:born as date) is not null)"
                                + (needToKnow ? " and " + Visibility.PERSON : "")
                                + " order by score desc, p.last_name, p.first_name limit " + LIMIT)
                .param("q", query)
                .param("identifier", identifier)
                .param("born", dateOfBirth);
        if (needToKnow) {
            statement = statement.param("me", reader.value()).param("now", Timestamp.from(now));
        }
        return statement.query(PeopleRows::summary).list();
    }
}
