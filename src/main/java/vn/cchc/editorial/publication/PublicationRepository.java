package vn.cchc.editorial.publication;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface PublicationRepository extends JpaRepository<Publication, Long> {

    Optional<Publication> findByIdempotencyKey(String idempotencyKey);

    /**
     * What the department portal shows: items the department posted itself (a DIRECT channel, never handed
     * off), newest first. Which channel that was is the plan's business, so it is not asked here.
     */
    @EntityGraph(attributePaths = "article")
    @Query("""
            select p from Publication p
            where p.status = vn.cchc.editorial.publication.PublicationStatus.PUBLISHED and p.handedOffAt is null
            order by p.publishedAt desc, p.id desc""")
    Page<Publication> findPostedByDepartment(Pageable pageable);

    /** {@link #findPostedByDepartment(Pageable)} on one topic of the plan. */
    @EntityGraph(attributePaths = "article")
    @Query("""
            select p from Publication p
            where p.status = vn.cchc.editorial.publication.PublicationStatus.PUBLISHED and p.handedOffAt is null
              and p.article.topic = :topic
            order by p.publishedAt desc, p.id desc""")
    Page<Publication> findPostedByDepartmentOnTopic(vn.cchc.editorial.article.Topic topic, Pageable pageable);

    /** One item as the department portal shows it: {@link #findPostedByDepartment}'s condition, for one item. */
    @EntityGraph(attributePaths = "article")
    @Query("""
            select p from Publication p
            where p.article.id = :articleId
              and p.status = vn.cchc.editorial.publication.PublicationStatus.PUBLISHED and p.handedOffAt is null""")
    Optional<Publication> findPostedByDepartment(long articleId);

    List<Publication> findByArticleId(long articleId);

    /** The publications of the item that process instance carries, in one query (none for another process's instance). */
    List<Publication> findByArticleProcessInstanceId(String processInstanceId);

    /** The publications of these items on one channel in one status (at most one an item: unique by item and channel). */
    List<Publication> findByChannelAndStatusAndArticleIdIn(String channel, PublicationStatus status, Collection<Long> articleIds);

    /**
     * The ids of a unit's items published on a channel between two dates, both included, by publication day
     * then id; an item at most once (a publication is unique by item and channel). Ids only, not the
     * publications and their items: the quota counting needs only which items count, for each of the periods
     * the dashboard shows.
     */
    @Query("""
            select a.id from Publication p join p.article a
            where p.channel = :channel and p.status = vn.cchc.editorial.publication.PublicationStatus.PUBLISHED
              and a.unitCode = :unit and p.publishedOn between :from and :to
            order by p.publishedOn, a.id""")
    List<Long> findPublishedItemIds(String channel, String unit, LocalDate from, LocalDate to);

    /**
     * The {@link PublishedStamp} of the publications published between two dates, both included: one look at
     * the index on (status, published_on, article_id), without reading the rows or their items.
     */
    @Query("""
            select new vn.cchc.editorial.publication.PublishedStamp(count(p), coalesce(sum(p.article.id), 0))
            from Publication p
            where p.status = vn.cchc.editorial.publication.PublicationStatus.PUBLISHED
              and p.publishedOn between :from and :to""")
    PublishedStamp publishedStamp(LocalDate from, LocalDate to);

    /**
     * Every publication on any channel between two dates, both included, as the periodic reports list it:
     * only the columns they write, not the items' content (a quarter of a province is thousands of items).
     */
    @Query("""
            select new vn.cchc.editorial.publication.PublishedItem(a.id, a.title, a.unitCode, p.channel, p.publishedOn, p.url)
            from Publication p join p.article a
            where p.status = vn.cchc.editorial.publication.PublicationStatus.PUBLISHED
              and p.publishedOn between :from and :to""")
    List<PublishedItem> findPublishedBetween(LocalDate from, LocalDate to);

    /**
     * The items whose first publication between two dates (both included, any channel) falls in each month,
     * counted by topic, unit and month: rows of {topic code, unit code, month 1–12, items}. For the dashboard's
     * charts, counted by the database rather than by loading a year of publications.
     */
    @Query(nativeQuery = true, value = """
            select f.topic, f.unit_code, extract(month from f.first_on), count(*)
            from (select a.id, a.topic, a.unit_code, min(p.published_on) as first_on
                  from publication p join article a on a.id = p.article_id
                  where p.status = 'PUBLISHED' and p.published_on between :from and :to
                  group by a.id, a.topic, a.unit_code) f
            group by f.topic, f.unit_code, extract(month from f.first_on)""")
    List<Object[]> countFirstPublishedByTopicUnitAndMonth(LocalDate from, LocalDate to);

    /** Items of a unit handed off to a channel and still awaiting its managing unit's decision. */
    @Query("""
            select p from Publication p join fetch p.article a
            where p.channel = :channel and p.status = vn.cchc.editorial.publication.PublicationStatus.HANDED_OFF
              and a.unitCode = :unit""")
    List<Publication> findAwaitingDecision(String channel, String unit);
}
