package org.custodia.audit.web;

import org.custodia.audit.AuditFilter;
import org.springframework.web.util.UriComponentsBuilder;

/** The audit page's filters as typed, kept as text so that a mistake can be shown back to be fixed. */
record AuditSearchForm(
        String actor,
        String action,
        String objectType,
        String objectId,
        String fromDay,
        String fromMonth,
        String fromYear,
        String toDay,
        String toMonth,
        String toYear,
        String page) {

    static AuditSearchForm empty() {
        return new AuditSearchForm(null, null, null, null, null, null, null, null, null, null, null);
    }

    AuditFilter filter(AuditQuery query) {
        var from = query.dateParts("from", "Date from", fromDay, fromMonth, fromYear);
        var to = query.dateParts("to", "Date to", toDay, toMonth, toYear);
        query.inOrder(from, to, "to-day", "Date to", "Date from");
        return new AuditFilter(
                query.actor("actor", actor),
                AuditQuery.trimmed(action),
                AuditQuery.trimmed(objectType),
                AuditQuery.trimmed(objectId),
                from,
                to);
    }

    /** The link to another page of the same search: only the filters in use, so links stay short. */
    String linkTo(int otherPage) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/audit");
        add(link, "actor", actor);
        add(link, "action", action);
        add(link, "objectType", objectType);
        add(link, "objectId", objectId);
        add(link, "fromDay", fromDay);
        add(link, "fromMonth", fromMonth);
        add(link, "fromYear", fromYear);
        add(link, "toDay", toDay);
        add(link, "toMonth", toMonth);
        add(link, "toYear", toYear);
        return link.queryParam("page", otherPage).encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder link, String name, String value) {
        if (value != null && !value.isBlank()) {
            link.queryParam(name, value.trim());
        }
    }
}
