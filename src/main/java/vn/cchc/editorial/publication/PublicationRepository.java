package vn.cchc.editorial.publication;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.cchc.editorial.article.Channel;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface PublicationRepository extends JpaRepository<Publication, Long> {

    Optional<Publication> findByIdempotencyKey(String idempotencyKey);

    @EntityGraph(attributePaths = "article")
    Page<Publication> findByChannelAndStatusOrderByPublishedAtDescIdDesc(Channel channel, PublicationStatus status, Pageable pageable);

    @EntityGraph(attributePaths = "article")
    Optional<Publication> findByArticleIdAndChannelAndStatus(long articleId, Channel channel, PublicationStatus status);

    List<Publication> findByArticleId(long articleId);

    /** Items of a unit published on a channel between two dates, both included. */
    @Query("""
            select p from Publication p join fetch p.article a
            where p.channel = :channel and p.status = vn.cchc.editorial.publication.PublicationStatus.PUBLISHED
              and a.unitCode = :unit and p.publishedOn between :from and :to""")
    List<Publication> findPublished(Channel channel, String unit, LocalDate from, LocalDate to);

    /** Items of a unit handed off to a channel and still awaiting its managing unit's decision. */
    @Query("""
            select p from Publication p join fetch p.article a
            where p.channel = :channel and p.status = vn.cchc.editorial.publication.PublicationStatus.HANDED_OFF
              and a.unitCode = :unit""")
    List<Publication> findAwaitingDecision(Channel channel, String unit);
}
