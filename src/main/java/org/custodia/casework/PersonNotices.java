package org.custodia.casework;

import java.util.List;

/**
 * What other modules have to say on a person's page (for example, an upheld objection to a processing
 * activity). Casework knows nothing of those modules; they implement this.
 */
public interface PersonNotices {

    /** Short sentences, no special-category values. */
    List<String> about(PersonId person);
}
