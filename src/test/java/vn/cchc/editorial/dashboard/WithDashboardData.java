package vn.cchc.editorial.dashboard;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.editorial.article.ArticleRepository;
import vn.cchc.editorial.publication.PublicationRepository;
import vn.cchc.editorial.quota.QuotaCredits;

/**
 * A test of the whole application on the dashboard's known data set ({@link DashboardData}): made before each
 * test (once per application), the engine clock at {@link DashboardData#TODAY} during the test and back to
 * real time after it. The subclass says which application ({@code @ApplicationTest} or {@code @BrowserTest}).
 */
abstract class WithDashboardData {

    @LocalServerPort
    int port;
    @Autowired
    ArticleRepository articles;
    @Autowired
    PublicationRepository publications;
    @Autowired
    QuotaCredits credits;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    @BeforeEach
    void knownDataSet() {
        DashboardData.make(port, articles, publications, credits, runtime, tasks);
    }

    @AfterEach
    void realTime() {
        DashboardData.resetClock();
    }
}
