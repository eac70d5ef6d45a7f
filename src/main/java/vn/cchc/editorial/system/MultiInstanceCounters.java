package vn.cchc.editorial.system;

import org.camunda.bpm.engine.impl.bpmn.behavior.MultiInstanceActivityBehavior;

import java.util.Set;

/**
 * The variables Camunda keeps on a multi-instance activity and on each of its instances, by the engine's own names
 * ({@link MultiInstanceActivityBehavior}): the instance's index in the collection, and how many instances there are,
 * are active and have completed.
 */
public final class MultiInstanceCounters {

    /** An instance's index in the collection, from 0: {@code loopCounter}. */
    public static final String LOOP_COUNTER = MultiInstanceActivityBehavior.LOOP_COUNTER;

    /** All four: {@code loopCounter}, {@code nrOfInstances}, {@code nrOfActiveInstances}, {@code nrOfCompletedInstances}. */
    public static final Set<String> NAMES = Set.of(LOOP_COUNTER, MultiInstanceActivityBehavior.NUMBER_OF_INSTANCES,
            MultiInstanceActivityBehavior.NUMBER_OF_ACTIVE_INSTANCES, MultiInstanceActivityBehavior.NUMBER_OF_COMPLETED_INSTANCES);

    private MultiInstanceCounters() {
    }
}
