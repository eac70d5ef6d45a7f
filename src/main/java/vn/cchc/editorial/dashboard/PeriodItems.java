package vn.cchc.editorial.dashboard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One matrix cell opened: what {@code GET /api/dashboard/periods/{periodId}} returns and its page shows.
 *
 * @param period the cell
 * @param channelName the period's channel
 * @param deadline the end of its deadline day in the plan's zone
 * @param items the items counted for it, those counted by publication first
 * @param escalations the open missed-quota tasks about it (none unless it was missed and the Office has not closed it)
 */
public record PeriodItems(Dashboard.Cell period, String channelName, OffsetDateTime deadline, List<Item> items,
                          List<Dashboard.OpenTask> escalations) {

    /**
     * @param id the item's id
     * @param code its code, for example {@code TB-2024-0001}
     * @param title its title
     * @param unitName its unit's name
     * @param publishedOn the day it was published on the period's channel, or null
     * @param url where it was published, or null
     * @param credited true when it counts by the Office's hand credit, false when by its publication
     * @param cockpitLink its process instance in Cockpit
     */
    public record Item(long id, String code, String title, String unitName, LocalDate publishedOn, String url,
                       boolean credited, String cockpitLink) {
    }
}
