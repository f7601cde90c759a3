package org.custodia.servicedesk.web;

import java.util.List;
import org.custodia.servicedesk.Announcement;
import org.custodia.servicedesk.Announcements;
import org.springframework.stereotype.Component;

/** What the page layout shows as the announcement banner: the current ones for the user's organisation. */
@Component("announcementBanner")
public class AnnouncementBanner {

    private final Announcements announcements;

    AnnouncementBanner(Announcements announcements) {
        this.announcements = announcements;
    }

    public List<Announcement> current() {
        return announcements.current();
    }
}
