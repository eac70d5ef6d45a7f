package vn.cchc.editorial.dashboard;

import org.springframework.stereotype.Component;
import vn.cchc.editorial.article.Topic;
import vn.cchc.editorial.plan.Plan;
import vn.cchc.editorial.plan.Unit;
import vn.cchc.editorial.publication.Publication;
import vn.cchc.editorial.publication.PublicationRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Items published in a plan year, for the charts: an item counts once, in the month of its first
 * publication that year, whatever the channels. Every topic, authoring unit and month appears, with 0
 * where nothing was published, so the charts and their tables keep one shape.
 */
@Component
class PublishedFigures {

    private final PublicationRepository publications;

    PublishedFigures(PublicationRepository publications) {
        this.publications = publications;
    }

    Dashboard.Charts of(Plan plan) {
        Map<Long, Publication> firstOfEachItem = publications
                .findPublishedBetween(LocalDate.of(plan.year(), 1, 1), LocalDate.of(plan.year(), 12, 31)).stream()
                .sorted(Comparator.comparing(Publication::getPublishedOn))
                .collect(Collectors.toMap(p -> p.getArticle().getId(), Function.identity(), (first, later) -> first, LinkedHashMap::new));
        List<Publication> items = List.copyOf(firstOfEachItem.values());

        List<Dashboard.Bar> byTopic = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            byTopic.add(new Dashboard.Bar(topic.name(), topic.label(), items.stream().filter(p -> p.getArticle().getTopic() == topic).count()));
        }
        List<Dashboard.Bar> byUnit = new ArrayList<>();
        for (Unit unit : plan.authoringUnits()) {
            byUnit.add(new Dashboard.Bar(unit.code(), unit.name(),
                    items.stream().filter(p -> unit.code().equals(p.getArticle().getUnitCode())).count()));
        }
        List<Dashboard.Bar> byMonth = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            int m = month;
            byMonth.add(new Dashboard.Bar("%d-%02d".formatted(plan.year(), month), "Tháng " + month,
                    items.stream().filter(p -> p.getPublishedOn().getMonthValue() == m).count()));
        }
        return new Dashboard.Charts(byTopic, byUnit, byMonth);
    }
}
