package vn.cchc.editorial.article;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface ItemFileRepository extends JpaRepository<ItemFile, Long> {

    Optional<ItemFile> findByToken(String token);

    List<ItemFile> findByTokenIn(Collection<String> tokens);

    long countByArticleId(Long articleId);

    /** Uploads whose form was never sent, older than {@code before}; returns how many went. */
    @Modifying
    @Query("delete from ItemFile f where f.articleId is null and f.createdAt < :before")
    int deleteUnattachedBefore(Instant before);

    @Modifying
    @Query("delete from ItemFile f where f.articleId = :articleId")
    int deleteOfArticle(Long articleId);

    /** The rejected items that still have files. */
    @Query("select a from Article a where a.status = vn.cchc.editorial.article.ArticleStatus.REJECTED"
            + " and exists (select f.id from ItemFile f where f.articleId = a.id)")
    List<Article> findRejectedWithFiles();
}
