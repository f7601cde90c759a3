package org.custodia.servicedesk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.custodia.personaldata.ErasureDecision;
import org.custodia.personaldata.ErasureOutcome;
import org.custodia.personaldata.HeldRecord;
import org.custodia.personaldata.PersonalDataHolder;
import org.custodia.servicedesk.SupportMessage;
import org.custodia.servicedesk.SupportRequest;
import org.custodia.shared.DataSubjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A user's support requests for subject access and erasure. The person is the user: their data
 * subject id is their user id (docs/service-desk.md). Redacted text is gone, so it is not exported.
 * Erasure removes the requests with their threads and screenshots; the desk keeps no copy.
 */
@Component
public class ServiceDeskRecords implements PersonalDataHolder {

    private final JdbcClient jdbc;
    private final SupportRequestRows rows;

    ServiceDeskRecords(JdbcClient jdbc, SupportRequestRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    @Override
    public List<HeldRecord> export(DataSubjectId subject) {
        return of(subject.value());
    }

    /** The user's requests and every message in them, oldest first. */
    public List<HeldRecord> of(UUID user) {
        List<HeldRecord> records = new ArrayList<>();
        List<UUID> ids = jdbc.sql("select id from support_requests where user_id = :user order by raised_at, id")
                .param("user", user)
                .query(UUID.class)
                .list();
        for (UUID id : ids) {
            SupportRequest request = rows.find(id).orElseThrow();
            records.add(HeldRecord.of("servicedesk.request:" + id, "Service desk requests", request.raisedAt())
                    .field("Reference", request.reference())
                    .field("Subject", request.subject())
                    .field("Status", request.status().label())
                    .field("How it came", request.channel().label())
                    .field("Contact details given", request.contactDetails())
                    .field(
                            "Screenshots attached",
                            request.screenshots().isEmpty()
                                    ? null
                                    : request.screenshots().size())
                    .build());
            for (SupportMessage message : request.messages()) {
                records.add(HeldRecord.of(
                                "servicedesk.message:" + message.id(), "Service desk messages", message.writtenAt())
                        .field("Request", request.reference())
                        .field("From", message.fromDesk() ? "The service desk" : "You")
                        .field("How", message.channel().label())
                        .field("Message", message.body())
                        .build());
            }
        }
        return records;
    }

    @Override
    public ErasureOutcome erase(DataSubjectId subject, ErasureDecision decision) {
        int removed = jdbc.sql("delete from support_requests where user_id = :user")
                .param("user", subject.value())
                .update();
        return ErasureOutcome.removed(removed);
    }

    @Override
    public Set<String> tables() {
        return Set.of("support_requests", "support_messages", "support_screenshots");
    }
}
