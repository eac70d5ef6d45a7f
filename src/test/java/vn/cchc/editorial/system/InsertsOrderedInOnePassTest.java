package vn.cchc.editorial.system;

import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbEntityOperation;
import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbOperation;
import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbOperationManager;
import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbOperationType;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A flush's inserts come out, as with Camunda's own sort, each after the inserts it refers to; every insert once.
 */
class InsertsOrderedInOnePassTest {

    @Test
    void everyExecutionIsInsertedAfterItsParentAsWithCamundasOwnSort() {
        Random random = new Random(30);
        for (int round = 0; round < 20; round++) {
            List<DbEntityOperation> inserts = executionTrees(random, 300);
            List<DbOperation> ours = flush(new InsertsOrderedInOnePass.OperationManager(), inserts);
            List<DbOperation> camundas = flush(new DbOperationManager(), inserts);

            assertThat(ours).containsExactlyInAnyOrderElementsOf(camundas).hasSize(inserts.size());
            assertEachAfterWhatItRefersTo(camundas);
            assertEachAfterWhatItRefersTo(ours);
        }
    }

    @Test
    void insertsThatReferToNothingInTheFlushKeepCamundasOrder() {
        List<DbEntityOperation> inserts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            VariableInstanceEntity variable = new VariableInstanceEntity();
            variable.setId(UUID.randomUUID().toString());
            inserts.add(insert(variable, Set.of()));
        }
        assertThat(flush(new InsertsOrderedInOnePass.OperationManager(), inserts))
                .containsExactlyElementsOf(flush(new DbOperationManager(), inserts));
    }

    @Test
    void aLongChainOfReferencesIsPlacedParentFirst() {
        List<DbEntityOperation> chain = new ArrayList<>();
        String parent = null;
        for (int i = 0; i < 20_000; i++) {
            ExecutionEntity execution = new ExecutionEntity();
            execution.setId(String.format("%05d", 20_000 - i)); // each child sorts before its parent by id
            chain.add(insert(execution, parent == null ? Set.of() : Set.of(parent)));
            parent = execution.getId();
        }
        List<DbOperation> ours = flush(new InsertsOrderedInOnePass.OperationManager(), chain);
        assertThat(ours).hasSize(chain.size());
        assertEachAfterWhatItRefersTo(ours);
    }

    /** Executions with random ids, each the child of an earlier one or a root, as process instances and their scopes. */
    private static List<DbEntityOperation> executionTrees(Random random, int count) {
        List<String> ids = new ArrayList<>();
        List<DbEntityOperation> inserts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ExecutionEntity execution = new ExecutionEntity();
            execution.setId(UUID.randomUUID().toString());
            boolean root = ids.isEmpty() || random.nextInt(4) == 0;
            inserts.add(insert(execution, root ? Set.of() : Set.of(ids.get(random.nextInt(ids.size())))));
            ids.add(execution.getId());
        }
        return inserts;
    }

    private static DbEntityOperation insert(org.camunda.bpm.engine.impl.db.DbEntity entity, Set<String> references) {
        DbEntityOperation insert = new DbEntityOperation();
        insert.setEntity(entity);
        insert.setEntityType(entity.getClass());
        insert.setOperationType(DbOperationType.INSERT);
        insert.setFlushRelevantEntityReferences(references);
        return insert;
    }

    private static List<DbOperation> flush(DbOperationManager manager, List<DbEntityOperation> inserts) {
        inserts.forEach(manager::addOperation);
        return manager.calculateFlush();
    }

    private static void assertEachAfterWhatItRefersTo(List<DbOperation> flush) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < flush.size(); i++) {
            position.put(((DbEntityOperation) flush.get(i)).getEntity().getId(), i);
        }
        for (int i = 0; i < flush.size(); i++) {
            for (String referred : ((DbEntityOperation) flush.get(i)).getFlushRelevantEntityReferences()) {
                assertThat(position.get(referred)).as("%s refers to %s", flush.get(i), referred).isNotNull().isLessThan(i);
            }
        }
    }
}
