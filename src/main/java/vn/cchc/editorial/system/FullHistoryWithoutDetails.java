package vn.cchc.editorial.system;

import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.migration.instance.MigratingVariableInstance;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

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
 * Nor does it keep the history of the engine's own multi-instance counters ({@link MultiInstanceCounters}): the
 * engine writes them on every multi-instance activity (an item's channels, the plan's periods) and counts them as its
 * instances end: for an item of N channels, 3 + N history rows and more than 2N updates that nothing reads once the
 * activity is over. While it runs they are in the runtime variables as before.
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
        if (eventType == HistoryEventTypes.FORM_PROPERTY_UPDATE || eventType == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL) {
            return false;
        }
        // every event of a counter's life (created, updated, deleted, migrated): the engine gives a migration the
        // migrating variable, not the variable itself
        String variable = entity instanceof VariableInstanceEntity instance ? instance.getName()
                : entity instanceof MigratingVariableInstance migrating ? migrating.getVariableName() : null;
        return !(variable != null && isVariableInstanceEvent(eventType) && MultiInstanceCounters.NAMES.contains(variable));
    }

    private static boolean isVariableInstanceEvent(HistoryEventType eventType) {
        return eventType == HistoryEventTypes.VARIABLE_INSTANCE_CREATE || eventType == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE
                || eventType == HistoryEventTypes.VARIABLE_INSTANCE_DELETE || eventType == HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE;
    }
}
