package org.custodia.notices.internal;

import java.util.List;
import org.custodia.notices.Notice;
import org.custodia.platform.DashboardItem;
import org.custodia.platform.DashboardItem.Urgency;
import org.custodia.platform.DashboardSection;
import org.springframework.stereotype.Component;

/** Reminds the DPO while the organisation has no published privacy notice: the public can read none. */
@Component
class PrivacyNoticeSection implements DashboardSection {

    private static final String EDITOR = "/data-protection/privacy-notice";

    private final NoticeRows rows;

    PrivacyNoticeSection(NoticeRows rows) {
        this.rows = rows;
    }

    @Override
    public int order() {
        return 55;
    }

    @Override
    public String title() {
        return "Privacy notice";
    }

    @Override
    public List<DashboardItem> items() {
        if (rows.anyVersion(Notice.ORGANISATION)) {
            return List.of();
        }
        return List.of(new DashboardItem(
                "No privacy notice published",
                rows.template().isPresent()
                        ? "Adopted but not published: check each section, then publish it"
                        : "Adopt the ready-made notice and publish it: until then the public can read none",
                EDITOR,
                Urgency.OPEN,
                null));
    }
}
