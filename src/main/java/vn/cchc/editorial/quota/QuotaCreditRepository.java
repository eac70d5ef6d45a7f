package vn.cchc.editorial.quota;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface QuotaCreditRepository extends JpaRepository<QuotaCredit, Long> {

    List<QuotaCredit> findByPeriodId(String periodId);

    List<QuotaCredit> findByPeriodIdIn(Collection<String> periodIds);

    Optional<QuotaCredit> findByArticleIdAndChannel(long articleId, String channel);
}
