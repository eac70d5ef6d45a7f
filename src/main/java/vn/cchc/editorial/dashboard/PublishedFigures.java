package vn.cchc.editorial.dashboard;

import org.springframework.stereotype.Component;
import vn.cchc.editorial.article.Topic;
import vn.cchc.editorial.plan.Plan;
import vn.cchc.editorial.plan.Unit;
import vn.cchc.editorial.publication.PublicationRepository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Items published in a plan year, for the charts: an item counts once, in the month of its first
 * publication that year, whatever the channels. Every topic, authoring unit and month appears, with 0
 * where nothing was published, so the charts and their tables keep one shape. The database counts them
 * ({@link PublicationRepository#countFirstPublishedByTopicUnitAndMonth}): a year of a province holds tens of
 * thousands of publications, too many to load for each look at the dashboard; {@link YearPublications} keeps
 * the counts while the year's publications stay the same.
 */
@Component
class PublishedFigures {

    /** @param counts the year's rows of {topic code, unit code, month 1–12, items} ({@link YearPublications.Counted#charts()}) */
    Dashboard.Charts of(Plan plan, List<Object[]> counts) {
        Map<String, Long> byTopic = new HashMap<>();
        Map<String, Long> byUnit = new HashMap<>();
        Map<Integer, Long> byMonth = new HashMap<>();
        for (Object[] row : counts) {
            long items = ((Number) row[3]).longValue();
            byTopic.merge((String) row[0], items, Long::sum);
            byUnit.merge((String) row[1], items, Long::sum);
            byMonth.merge(((Number) row[2]).intValue(), items, Long::sum);
        }
        List<Dashboard.Bar> topics = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            topics.add(new Dashboard.Bar(topic.name(), topic.label(), byTopic.getOrDefault(topic.name(), 0L)));
        }
        List<Dashboard.Bar> units = new ArrayList<>();
        for (Unit unit : plan.authoringUnits()) {
            units.add(new Dashboard.Bar(unit.code(), unit.name(), byUnit.getOrDefault(unit.code(), 0L)));
        }
        List<Dashboard.Bar> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            months.add(new Dashboard.Bar("%d-%02d".formatted(plan.year(), month), "Tháng " + month, byMonth.getOrDefault(month, 0L)));
        }
        return new Dashboard.Charts(topics, units, months);
    }
}
