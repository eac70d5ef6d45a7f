package vn.cchc.editorial.system;

import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * Camunda's full history without its details ({@code ACT_HI_DETAIL}): neither the copy of every submitted form
 * field nor a row for every value every variable took. Everything else of {@code full} is kept: process, activity
 * and task instances, each variable with its last value ({@code ACT_HI_VARINST}), identity links, incidents, job
 * logs and the user operation log that Tasklist's "Lịch sử" shows.
 * <p>
 * Nothing reads the details: the item's own tables keep every revision and every review with its decision and
 * comment ({@code article_revision}, {@code article_review}), the reports count those tables, and Camunda's
 * Community webapps show no variable details. Writing them cost 40 of an item's 98 history rows and a byte array
 * per value of a Json or long-string variable (docs/performance.md, "What each fix changed"); the form-field copy
 * also kept values in a 4000-character column, which an item's content overflows.
 * <p>
 * The level's id (31) is what the engine keeps in its database and checks at every start, unchanged since the level
 * was {@code full-without-form-fields}, so an existing database starts with it as before.
 */
public class FullHistoryWithoutDetails extends AbstractHistoryLevel {

    public static final String NAME = "full-without-details";

    @Override
    public int getId() {
        return 31;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        return eventType != HistoryEventTypes.FORM_PROPERTY_UPDATE && eventType != HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL;
    }
}
