package org.custodia.platform;

import java.util.List;

/**
 * One module's part of the data protection officer's dashboard: the things that need attention in
 * the current organisation, most urgent first. Modules that keep statutory clocks or follow-up tasks
 * (breaches, disclosures, reviews) implement it; the dashboard shows every section it finds.
 */
public interface DashboardSection {

    /** Orders sections on the page; lower comes first. */
    int order();

    String title();

    /** Read inside the current organisation's transaction. */
    List<DashboardItem> items();
}
