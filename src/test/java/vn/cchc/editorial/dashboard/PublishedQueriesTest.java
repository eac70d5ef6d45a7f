package vn.cchc.editorial.dashboard;

import org.junit.jupiter.api.Test;
import vn.cchc.editorial.ApplicationTest;
import vn.cchc.editorial.article.Article;
import vn.cchc.editorial.publication.PublishedItem;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.editorial.dashboard.DashboardData.JULY_TITLE;
import static vn.cchc.editorial.dashboard.DashboardData.OCTOBER_TITLE;

/**
 * The two publication queries that the quota counting and the periodic reports read by column instead of by
 * entity (docs/performance.md), on the known data set ({@link DashboardData}): Phòng CDS's item published on
 * the department portal on 10 July 2024, Thanh tra's on 28 October 2024.
 */
@ApplicationTest
class PublishedQueriesTest extends WithDashboardData {

    static final String PORTAL = "DEPARTMENT_PORTAL";

    @Test
    void aUnitsItemIdsOnAChannelAreThoseOfThatUnitChannelAndDaysBothIncluded() {
        long july = idOf(JULY_TITLE);
        LocalDate tenth = LocalDate.of(2024, 7, 10);

        assertThat(publications.findPublishedItemIds(PORTAL, "phong-cds", tenth, tenth)).containsExactly(july);
        assertThat(publications.findPublishedItemIds(PORTAL, "phong-cds", tenth.minusDays(9), tenth.plusDays(21))).contains(july)
                .allSatisfy(id -> assertThat(articles.findById(id).orElseThrow().getUnitCode()).isEqualTo("phong-cds"));
        assertThat(publications.findPublishedItemIds(PORTAL, "phong-cds", tenth.plusDays(1), tenth.plusDays(21))).doesNotContain(july);
        assertThat(publications.findPublishedItemIds(PORTAL, "phong-cds", tenth.minusDays(9), tenth.minusDays(1))).doesNotContain(july);
        assertThat(publications.findPublishedItemIds(PORTAL, "thanh-tra", tenth, tenth)).doesNotContain(july);
        assertThat(publications.findPublishedItemIds("PROVINCIAL_PORTAL", "phong-cds", tenth, tenth)).isEmpty();
    }

    @Test
    void theItemIdsComeByPublicationDay() {
        long july = idOf(JULY_TITLE);
        long october = idOf(OCTOBER_TITLE);
        assertThat(articles.findById(october).orElseThrow().getUnitCode()).isEqualTo("thanh-tra");

        List<Long> inspectors = publications.findPublishedItemIds(PORTAL, "thanh-tra", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        assertThat(inspectors).contains(october).doesNotContain(july).doesNotHaveDuplicates();
        List<LocalDate> days = inspectors.stream().map(id -> publications.findByArticleId(id).stream()
                .filter(p -> p.getChannel().equals(PORTAL)).findFirst().orElseThrow().getPublishedOn()).toList();
        assertThat(days).isSorted();
    }

    @Test
    void aWindowsPublicationsCarryTheColumnsTheReportWrites() {
        long july = idOf(JULY_TITLE);
        long october = idOf(OCTOBER_TITLE);
        LocalDate from = LocalDate.of(2024, 7, 10);
        LocalDate to = LocalDate.of(2024, 10, 28);

        List<PublishedItem> window = publications.findPublishedBetween(from, to);
        assertThat(window).filteredOn(p -> p.articleId() == july).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo(JULY_TITLE);
            assertThat(p.unitCode()).isEqualTo("phong-cds");
            assertThat(p.channel()).isEqualTo(PORTAL);
            assertThat(p.publishedOn()).isEqualTo(from);
            assertThat(p.url()).isEqualTo(publications.findByArticleId(july).get(0).getUrl());
        });
        assertThat(window).filteredOn(p -> p.articleId() == october).singleElement()
                .satisfies(p -> assertThat(p.publishedOn()).isEqualTo(to));
        assertThat(window).allSatisfy(p -> assertThat(p.publishedOn()).isBetween(from, to));
        assertThat(publications.findPublishedBetween(from.plusDays(1), to.minusDays(1)))
                .extracting(PublishedItem::articleId).doesNotContain(july, october);
    }

    private long idOf(String title) {
        return articles.findAll().stream().filter(a -> a.getTitle().equals(title)).map(Article::getId).findFirst().orElseThrow();
    }
}
