package vn.cchc.editorial.dashboard;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import vn.cchc.editorial.Items;
import vn.cchc.editorial.RestClient;
import vn.cchc.editorial.article.ArticleRepository;
import vn.cchc.editorial.publication.PublicationRepository;
import vn.cchc.editorial.publication.PublicationStatus;
import vn.cchc.editorial.quota.QuotaCredits;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;

import static org.awaitility.Awaitility.await;

/**
 * The known data set of the dashboard's tests, made through the app's own REST API and services with
 * the engine clock set, in 2024 periods that no other test touches (Phòng CDS leads July to September,
 * Thanh tra October to December):
 * <ul>
 *   <li>July: an item of Phòng CDS published on 10 July: met;</li>
 *   <li>August: nothing: missed;</li>
 *   <li>October: an item of Thanh tra published on 28 October, after the 25th, credited by hand: credited;</li>
 *   <li>November, on {@link #TODAY}: nothing yet: in progress; December: not yet due.</li>
 * </ul>
 * Made once per running application (by its port); the clock stays at {@link #TODAY} until {@link #resetClock()}.
 */
final class DashboardData {

    static final OffsetDateTime TODAY = OffsetDateTime.parse("2024-11-12T09:00:00+07:00");
    static final String JULY = "department-portal-monthly:2024-07";
    static final String AUGUST = "department-portal-monthly:2024-08";
    static final String OCTOBER = "department-portal-monthly:2024-10";
    static final String NOVEMBER = "department-portal-monthly:2024-11";
    static final String DECEMBER = "department-portal-monthly:2024-12";
    static final String JULY_TITLE = "Phòng CDS hướng dẫn nộp hồ sơ trực tuyến tháng 7";
    static final String OCTOBER_TITLE = "Thanh tra tổng kết tiếp công dân tháng 10";

    /** The port of the application that has the data set, or 0. */
    private static int madeOn;

    private DashboardData() {
    }

    static synchronized void make(int port, ArticleRepository articles, PublicationRepository publications, QuotaCredits credits) {
        if (madeOn != port) {
            published(port, "cds.tacgia", JULY_TITLE, "2024-07-10T09:00:00+07:00", articles, publications);
            long october = published(port, "tt.tacgia", OCTOBER_TITLE, "2024-10-28T09:00:00+07:00", articles, publications);
            credits.credit(OCTOBER, october, "Đăng sau ngày 25 vì chờ số liệu; Văn phòng tính cho tháng 10.", "vp.theodoi");
            madeOn = port;
        }
        at(TODAY);
    }

    static void resetClock() {
        ClockUtil.reset();
    }

    private static long published(int port, String author, String title, String at, ArticleRepository articles,
                                  PublicationRepository publications) {
        at(OffsetDateTime.parse(at));
        RestClient client = new RestClient(port, author);
        String pi = Items.start(client, title, "[\"DEPARTMENT_PORTAL\"]");
        Items.approve(client.as("bbt.bientap"), pi);
        long id = articles.findByProcessInstanceId(pi).orElseThrow().getId();
        await().atMost(Duration.ofSeconds(30)).until(() -> publications.findByArticleId(id).stream()
                .anyMatch(p -> p.getStatus() == PublicationStatus.PUBLISHED));
        return id;
    }

    private static void at(OffsetDateTime time) {
        ClockUtil.setCurrentTime(Date.from(Instant.from(time)));
    }
}
