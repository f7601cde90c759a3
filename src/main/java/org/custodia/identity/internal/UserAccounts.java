package org.custodia.identity.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.custodia.identity.UserDetails;
import org.custodia.identity.UserStatus;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.Role;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The users table. No query here filters by organisation: row-level security does, so a missing
 * filter can never leak another organisation's users.
 */
@Repository
public class UserAccounts {

    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserAccount> find(UserId id) {
        return jdbc.sql("select * from users where id = :id")
                .param("id", id.value())
                .query(UserAccounts::map)
                .optional();
    }

    public Optional<UserAccount> findByEmail(String email) {
        return jdbc.sql("select * from users where email = :email")
                .param("email", email.trim().toLowerCase())
                .query(UserAccounts::map)
                .optional();
    }

    public List<UserAccount> all() {
        return jdbc.sql("select * from users order by lower(last_name), lower(first_name), email")
                .query(UserAccounts::map)
                .list();
    }

    public List<UserAccount> withRole(Role role) {
        return jdbc.sql("select * from users where :role = any(roles) and status = 'ACTIVE'")
                .param("role", role.name())
                .query(UserAccounts::map)
                .list();
    }

    public void insert(UserAccount user) {
        jdbc.sql("""
                        insert into users (id, organisation_id, title, first_name, middle_name, last_name, email,
                            job_role, date_of_birth, attested_16_or_over, roles, status, created_by_user,
                            created_by_operator, created_at, updated_at)
                        values (:id, :organisation, :title, :first, :middle, :last, :email, :jobRole, :dob,
                            :attested, cast(:roles as text[]), :status, :createdByUser, :createdByOperator,
                            :createdAt, :createdAt)
                        """)
                .param("id", user.id().value())
                .param("organisation", user.organisationId().value())
                .params(detailParams(user.details()))
                .param("status", user.status().name())
                .param(
                        "createdByUser",
                        user.createdByUser() == null
                                ? null
                                : user.createdByUser().value())
                .param(
                        "createdByOperator",
                        user.createdByOperator() == null
                                ? null
                                : user.createdByOperator().value())
                .param("createdAt", Timestamp.from(user.createdAt()))
                .update();
    }

    public void updateDetails(UserId id, UserDetails details, Instant now) {
        jdbc.sql("""
                        update users set title = :title, first_name = :first, middle_name = :middle,
                            last_name = :last, email = :email, job_role = :jobRole, date_of_birth = :dob,
                            attested_16_or_over = :attested, roles = cast(:roles as text[]), updated_at = :now
                        where id = :id
                        """)
                .params(detailParams(details))
                .param("id", id.value())
                .param("now", Timestamp.from(now))
                .update();
    }

    public void updateStatus(UserId id, UserStatus status, Instant now) {
        // The date of disabling starts a leaver's retention period; enabling again clears it.
        jdbc.sql("update users set status = :status, updated_at = :now, disabled_at = case when :status ="
                        + " 'DISABLED' then coalesce(disabled_at, :now) end where id = :id")
                .param("status", status.name())
                .param("now", Timestamp.from(now))
                .param("id", id.value())
                .update();
    }

    /** The last time the person signed in: with the date of disabling, their account's last contact. */
    public void recordSignIn(UserId id, Instant now) {
        jdbc.sql("update users set last_signed_in_at = :now where id = :id")
                .param("now", Timestamp.from(now))
                .param("id", id.value())
                .update();
    }

    public boolean anonymised(UserId id) {
        return jdbc.sql("select anonymised_at is not null from users where id = :id")
                .param("id", id.value())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    public void updatePassword(UserId id, String hash, Instant now) {
        jdbc.sql("update users set password_hash = :hash, status = case when status = 'INVITED' then 'ACTIVE'"
                        + " else status end, updated_at = :now where id = :id")
                .param("hash", hash)
                .param("now", Timestamp.from(now))
                .param("id", id.value())
                .update();
    }

    public void updateTotp(UserId id, byte[] sealedSecret, boolean enabled, Long lastStep) {
        jdbc.sql("update users set totp_secret = :secret, totp_enabled = :enabled, totp_last_step = :step"
                        + " where id = :id")
                .param("secret", sealedSecret)
                .param("enabled", enabled)
                .param("step", lastStep)
                .param("id", id.value())
                .update();
    }

    /** Records a used TOTP time step only if it is newer, so a code cannot be replayed. */
    public boolean advanceTotpStep(UserId id, long step) {
        return jdbc.sql("update users set totp_last_step = :step where id = :id"
                                + " and (totp_last_step is null or totp_last_step < :step)")
                        .param("step", step)
                        .param("id", id.value())
                        .update()
                == 1;
    }

    private static Map<String, Object> detailParams(UserDetails d) {
        Map<String, Object> params = new HashMap<>();
        params.put("title", blankToNull(d.title()));
        params.put("first", d.firstName().trim());
        params.put("middle", blankToNull(d.middleName()));
        params.put("last", d.lastName().trim());
        params.put("email", d.email().trim().toLowerCase());
        params.put("jobRole", d.jobRole().trim());
        params.put("dob", d.dateOfBirth());
        params.put("attested", d.attestedSixteenOrOver() || d.dateOfBirth() != null);
        params.put("roles", rolesLiteral(d.roles()));
        return params;
    }

    private static String rolesLiteral(Set<Role> roles) {
        return "{" + String.join(",", roles.stream().map(Role::name).sorted().toList()) + "}";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static UserAccount map(ResultSet row, int n) throws SQLException {
        UUID createdByUser = row.getObject("created_by_user", UUID.class);
        UUID createdByOperator = row.getObject("created_by_operator", UUID.class);
        long step = row.getLong("totp_last_step");
        Long lastStep = row.wasNull() ? null : step;
        LocalDate dob = row.getObject("date_of_birth", LocalDate.class);
        UserDetails details = new UserDetails(
                row.getString("title"),
                row.getString("first_name"),
                row.getString("middle_name"),
                row.getString("last_name"),
                row.getString("email"),
                row.getString("job_role"),
                dob,
                row.getBoolean("attested_16_or_over"),
                roles(row.getArray("roles")));
        return new UserAccount(
                new UserId(row.getObject("id", UUID.class)),
                new OrganisationId(row.getObject("organisation_id", UUID.class)),
                details,
                UserStatus.valueOf(row.getString("status")),
                row.getString("password_hash"),
                row.getBytes("totp_secret"),
                row.getBoolean("totp_enabled"),
                lastStep,
                createdByUser == null ? null : new UserId(createdByUser),
                createdByOperator == null ? null : new UserId(createdByOperator),
                row.getTimestamp("created_at").toInstant());
    }

    private static Set<Role> roles(Array array) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : (String[]) array.getArray()) {
            roles.add(Role.valueOf(role));
        }
        return roles;
    }
}
