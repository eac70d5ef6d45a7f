package vn.cchc.editorial.system;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.PersistenceSession;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbEntityOperation;
import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbOperationManager;
import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbOperationType;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

/**
 * Camunda's {@link DbEntityManager} with the order of a flush's inserts found in one pass.
 * <p>
 * Before it writes a transaction's new rows, Camunda orders the inserts of each kind of row that can refer to rows
 * of its own kind (executions to their parent, and so on) so that a row comes after the one it refers to. Its
 * {@code DbOperationManager.sortByReferences} compares every insert with every later one of its kind: the time
 * grows with the square of the rows. A usual transaction writes a few dozen; the year's plan of a province writes,
 * in the Office's one request that starts it, 150 units' monthly reports for 12 months, that is some 14,000
 * variables, 1,800 executions and 1,800 timers, and that ordering was a quarter of the request's time
 * (docs/performance.md, "A province's year").
 * <p>
 * Here the inserts of a kind are placed in Camunda's order (by id) except that each row is preceded by the rows of
 * the same flush it refers to ({@code getFlushRelevantEntityReferences}), found through a map by id: a depth-first
 * placing, linear in the rows and their references. It satisfies the rule Camunda's sort satisfies (nothing is
 * inserted before a row it refers to); updates and deletes keep Camunda's own sort. {@link EditorialEnginePlugin}
 * registers it as the session factory of {@code DbEntityManager}, on the Spring Boot engine and the plain test
 * engine.
 */
final class InsertsOrderedInOnePass implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
        return DbEntityManager.class;
    }

    @Override
    public Session openSession() {
        PersistenceSession persistence = Context.getCommandContext().getSession(PersistenceSession.class);
        DbEntityManager manager = new DbEntityManager(Context.getProcessEngineConfiguration().getIdGenerator(), persistence);
        manager.setDbOperationManager(new OperationManager());
        return manager;
    }

    static final class OperationManager extends DbOperationManager {

        @Override
        protected List<DbEntityOperation> sortByReferences(SortedSet<DbEntityOperation> preSorted) {
            if (preSorted.isEmpty() || preSorted.first().getOperationType() != DbOperationType.INSERT) {
                return super.sortByReferences(preSorted);
            }
            return insertsAfterWhatTheyReferTo(preSorted);
        }

        /**
         * @param inserts the inserts of one kind of row, in Camunda's order
         * @return the same inserts, each after those of the list it refers to, otherwise in the given order
         */
        static List<DbEntityOperation> insertsAfterWhatTheyReferTo(Iterable<DbEntityOperation> inserts) {
            Map<String, DbEntityOperation> byId = new HashMap<>();
            List<DbEntityOperation> given = new ArrayList<>();
            for (DbEntityOperation insert : inserts) {
                byId.put(insert.getEntity().getId(), insert);
                given.add(insert);
            }
            List<DbEntityOperation> placed = new ArrayList<>(given.size());
            Set<DbEntityOperation> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (DbEntityOperation insert : given) {
                place(insert, byId, seen, placed);
            }
            return placed;
        }

        /** Places what the insert refers to, then the insert; iterative, so a long chain of references cannot overflow the stack. */
        private static void place(DbEntityOperation first, Map<String, DbEntityOperation> byId,
                                  Set<DbEntityOperation> seen, List<DbEntityOperation> placed) {
            if (!seen.add(first)) {
                return;
            }
            // each frame: an insert and the references of it still to look at
            List<DbEntityOperation> stack = new ArrayList<>();
            List<Iterator<String>> pending = new ArrayList<>();
            stack.add(first);
            pending.add(references(first));
            while (!stack.isEmpty()) {
                int top = stack.size() - 1;
                Iterator<String> refs = pending.get(top);
                if (refs.hasNext()) {
                    DbEntityOperation referred = byId.get(refs.next());
                    // a reference outside the flush, to itself, or back to a row on the way (a cycle) orders nothing
                    if (referred != null && seen.add(referred)) {
                        stack.add(referred);
                        pending.add(references(referred));
                    }
                } else {
                    placed.add(stack.remove(top));
                    pending.remove(top);
                }
            }
        }

        private static Iterator<String> references(DbEntityOperation insert) {
            Set<String> references = insert.getFlushRelevantEntityReferences();
            return references == null ? Collections.emptyIterator() : references.iterator();
        }
    }
}
