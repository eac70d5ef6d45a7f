package vn.cchc.editorial.publication;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import vn.cchc.editorial.article.ArticleRepository;

import java.text.SimpleDateFormat;
import java.time.Duration;
import java.util.Date;
import java.util.List;

import static org.awaitility.Awaitility.await;

/** The department-portal publishing job of an item, as the publication fault tests drive and inspect it. */
record PublishJobs(ManagementService management, ArticleRepository articles, PublicationRepository publications) {

    static final String PUBLISH = "Task_PublishOnDepartmentPortal";

    /** The job executor takes the job as soon as the item is approved; its first failure is awaited. */
    Job firstFailureOf(String pi) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Job job = jobOf(pi);
            return job != null && job.getExceptionMessage() != null;
        });
        return jobOf(pi);
    }

    Job jobOf(String pi) {
        return management.createJobQuery().processInstanceId(pi).activityId(PUBLISH).singleResult();
    }

    String keyOf(String pi) {
        return Publication.keyOf(articles.findByProcessInstanceId(pi).orElseThrow().getId(), "DEPARTMENT_PORTAL");
    }

    List<Publication> publicationsOf(String pi) {
        return publications.findByArticleId(articles.findByProcessInstanceId(pi).orElseThrow().getId());
    }

    /** A date as the engine's REST API takes it, e.g. for a job's new due date. */
    static String restDate(Date date) {
        return new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ").format(date);
    }
}
