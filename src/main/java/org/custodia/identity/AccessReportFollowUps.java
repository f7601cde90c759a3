package org.custodia.identity;

/**
 * What a module that follows up reports of unexpected administrator access (breaches) offers the DPO
 * beside each report: a button that acts on it, or a link to what it has already become. Identity
 * knows no such module; it shows whatever is offered.
 */
public interface AccessReportFollowUps {

    FollowUp of(AccessReportId report);

    /**
     * @param text the button's label, or the link's text once done
     * @param url where the button posts, or where the link leads once done
     * @param done whether the report has been followed up
     */
    record FollowUp(String text, String url, boolean done) {}
}
