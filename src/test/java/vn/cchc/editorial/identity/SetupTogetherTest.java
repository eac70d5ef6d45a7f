package vn.cchc.editorial.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.editorial.ApplicationTest;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes starting together on one database run the start-up setup at the same moment. Played here by
 * two threads on a database where a shared filter is missing, as on an empty one: the filter is created
 * once, with its grants, and neither setup fails.
 */
@ApplicationTest
class SetupTogetherTest {

    @Autowired
    AccessSetup accessSetup;
    @Autowired
    FilterService filters;
    @Autowired
    AuthorizationService authorizations;

    @RepeatedTest(3)
    void twoSetupsAtOnceCreateAMissingFilterOnce() throws Exception {
        String name = TasklistFilter.OVERDUE.displayName();
        filters.deleteFilter(filters.createFilterQuery().filterName(name).singleResult().getId());

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Void>> setups = List.of(
                    CompletableFuture.runAsync(() -> setUpWith(together), nodes),
                    CompletableFuture.runAsync(() -> setUpWith(together), nodes));
            CompletableFuture.allOf(setups.toArray(CompletableFuture[]::new)).get();
        } finally {
            nodes.shutdown();
        }

        List<Filter> created = filters.createFilterQuery().filterName(name).list();
        assertThat(created).as("one \"%s\" filter", name).hasSize(1);
        assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.FILTER)
                .resourceId(created.get(0).getId()).count()).as("its grants").isPositive();
    }

    private void setUpWith(CyclicBarrier together) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        accessSetup.run(null);
    }
}
