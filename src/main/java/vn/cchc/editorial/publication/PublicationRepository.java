package vn.cchc.editorial.publication;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.cchc.editorial.article.Channel;

import java.util.List;
import java.util.Optional;

public interface PublicationRepository extends JpaRepository<Publication, Long> {

    Optional<Publication> findByIdempotencyKey(String idempotencyKey);

    @EntityGraph(attributePaths = "article")
    Page<Publication> findByChannelAndStatusOrderByPublishedAtDescIdDesc(Channel channel, PublicationStatus status, Pageable pageable);

    @EntityGraph(attributePaths = "article")
    Optional<Publication> findByArticleIdAndChannelAndStatus(long articleId, Channel channel, PublicationStatus status);

    List<Publication> findByArticleId(long articleId);
}
