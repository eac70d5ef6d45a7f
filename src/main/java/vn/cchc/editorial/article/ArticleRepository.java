package vn.cchc.editorial.article;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface ArticleRepository extends JpaRepository<Article, Long> {

    Optional<Article> findByProcessInstanceId(String processInstanceId);

    /** A unit's items still with the board or its author. */
    List<Article> findByUnitCodeAndStatusInOrderByCreatedAt(String unitCode, Collection<ArticleStatus> statuses);
}
