package vn.cchc.editorial.publication;

import org.camunda.bpm.engine.ProcessEngineException;
import vn.cchc.editorial.article.Article;
import vn.cchc.editorial.article.Channel;
import vn.cchc.editorial.system.FailsWithoutRetry;

/**
 * A publisher or hand-off was reached for an item whose own record does not say that the Editorial
 * Board approved it for that channel in that process instance (docs/security.md, "the second line").
 * Nothing is published; the job becomes an incident at once, for an administrator to look into.
 */
public class NotApprovedByBoard extends ProcessEngineException implements FailsWithoutRetry {

    NotApprovedByBoard(Article article, Channel channel, String processInstanceId) {
        super("Không đăng tin bài %s (id %d) lên kênh %s: hồ sơ tin bài không ghi nhận Ban Biên tập đã duyệt đăng kênh này "
                .formatted(article.getCode(), article.getId(), channel)
                + "trong quy trình %s (trạng thái %s).".formatted(processInstanceId, article.getStatus()));
    }

    /** @throws NotApprovedByBoard unless {@link Article#approvedByBoardFor} holds */
    static void require(Article article, Channel channel, String processInstanceId) {
        if (!article.approvedByBoardFor(channel, processInstanceId)) {
            throw new NotApprovedByBoard(article, channel, processInstanceId);
        }
    }
}
