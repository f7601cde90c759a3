package org.custodia.identity.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.custodia.audit.ActorDirectory;
import org.custodia.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names the actors on the audit page: the organisation's own users (row-level security hides any
 * other), platform operators (their actions in an organisation, such as inviting its first
 * administrator, appear there) and Custodia itself.
 */
@Component
class AuditActorNames implements ActorDirectory {

    private final JdbcClient jdbc;

    AuditActorNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, String> namesOf(Collection<UUID> actorIds) {
        Map<UUID, String> names = new HashMap<>();
        if (actorIds.isEmpty()) {
            return names;
        }
        jdbc.sql(
                        "select id, concat_ws(' ', first_name, last_name) || ' (' || email || ')' from users where id in (:ids)"
                                + " union all select id, concat_ws(' ', first_name, last_name) || ' (platform operator)'"
                                + " from platform_operators where id in (:ids)")
                .param("ids", actorIds)
                .query(row -> {
                    names.put(row.getObject(1, UUID.class), row.getString(2));
                });
        if (actorIds.contains(AuditTrail.SYSTEM)) {
            names.put(AuditTrail.SYSTEM, "Custodia (automatic)");
        }
        return names;
    }
}
