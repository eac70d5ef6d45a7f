package vn.cchc.editorial.system;

import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * Camunda's full history, except the copy of every submitted form field: that copy keeps values in a
 * 4000-character column, which an article's content overflows. The same values are still in the
 * variable history (long strings included) and the item's own revisions.
 */
public class FullHistoryWithoutFormFields extends AbstractHistoryLevel {

    public static final String NAME = "full-without-form-fields";

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
        return eventType != HistoryEventTypes.FORM_PROPERTY_UPDATE;
    }
}
