package org.custodia.analytics;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Search pages say that a search was made and whether it found anything; never what was searched for
 * (on people pages the words are names). The count is kept with the page's route template when the
 * page view is recorded, after the response.
 */
@Component
public class Searches {

    /** The request attribute the recorder reads: true when the search found something. */
    public static final String FOUND = Searches.class.getName() + ".found";

    /** Called by a search page in the request that runs the search. */
    public void recorded(boolean foundAnything) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(FOUND, foundAnything, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
