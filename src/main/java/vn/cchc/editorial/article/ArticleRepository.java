package vn.cchc.editorial.article;

import org.springframework.data.jpa.repository.JpaRepository;

import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface ArticleRepository extends JpaRepository<Article, Long> {

    Optional<Article> findByProcessInstanceId(String processInstanceId);

    /** An item by its code ("CCHC-2024-00012"). */
    Optional<Article> findByCode(String code);

    /** The items a person wrote and those of their units drafted from {@code from} (included) to {@code to} (excluded), newest first. */
    @Query("""
            select a from Article a where (a.author = :author or a.unitCode in :units)
            and a.createdAt >= :from and a.createdAt < :to order by a.createdAt desc, a.id desc""")
    List<Article> findOfAuthorOrUnits(String author, Collection<String> units, Instant from, Instant to);

    /** A unit's items still with the board or its author. */
    List<Article> findByUnitCodeAndStatusInOrderByCreatedAt(String unitCode, Collection<ArticleStatus> statuses);

    /** How many items a unit drafted from {@code from} (included) to {@code to} (excluded). */
    @Query("select count(a) from Article a where a.unitCode = :unit and a.createdAt >= :from and a.createdAt < :to")
    long countDrafted(String unit, Instant from, Instant to);

    /** How many of the Board's decisions of one kind on a unit's items fall from {@code from} (included) to {@code to} (excluded). */
    @Query("""
            select count(r) from ArticleReview r
            where r.article.unitCode = :unit and r.decision = :decision and r.decidedAt >= :from and r.decidedAt < :to""")
    long countDecisions(String unit, ReviewDecision decision, Instant from, Instant to);
}
