package org.custodia.casework.spi;

import java.util.List;
import org.custodia.casework.PersonId;

/**
 * What other modules have to say on a person's page (for example, an upheld objection to a processing
 * activity). Casework knows nothing of those modules; they implement this.
 */
public interface PersonNotices {

    /** Short sentences, no special-category values. */
    List<String> about(PersonId person);
}
