package vn.cchc.editorial.dashboard;

import org.junit.jupiter.api.Test;
import vn.cchc.editorial.plan.Plan;
import vn.cchc.editorial.plan.PlanCatalog;
import vn.cchc.editorial.publication.PublicationRepository;
import vn.cchc.editorial.publication.PublishedStamp;
import vn.cchc.editorial.quota.QuotaCounter;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * When {@link YearPublications} counts a year again: only when the stamp of the year's publications differs from
 * the one its counts were made at (DashboardTest shows the figures after a real publication).
 */
class YearPublicationsTest {

    final PublicationRepository publications = mock(PublicationRepository.class);
    final QuotaCounter counter = mock(QuotaCounter.class);
    final YearPublications years = new YearPublications(publications, counter);
    final Plan plan = new PlanCatalog((Path) null).forYear(2024).orElseThrow();

    @Test
    void theYearIsCountedAgainOnlyWhenItsPublicationsStampChanges() {
        when(publications.publishedStamp(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
                .thenReturn(new PublishedStamp(2L, 30L), new PublishedStamp(2L, 30L), new PublishedStamp(3L, 47L));
        when(counter.publishedItems(any())).thenReturn(List.of(11L), List.of(19L));
        when(publications.countFirstPublishedByTopicUnitAndMonth(any(), any())).thenReturn(List.<Object[]>of());

        YearPublications.Counted first = years.of(plan);
        YearPublications.Counted unchanged = years.of(plan);
        YearPublications.Counted afterAPublication = years.of(plan);

        assertThat(unchanged).isSameAs(first);
        assertThat(afterAPublication).isNotSameAs(first);
        assertThat(first.byPeriod()).containsOnlyKeys(plan.periods()).allSatisfy((period, items) -> assertThat(items).isNotEmpty());
        verify(counter, times(2 * plan.periods().size())).publishedItems(any());
        verify(publications, times(2)).countFirstPublishedByTopicUnitAndMonth(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    }
}
