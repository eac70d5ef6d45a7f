package vn.cchc.editorial.publication;

import org.camunda.bpm.engine.ProcessEngineException;
import vn.cchc.editorial.article.Article;
import vn.cchc.editorial.plan.Channel;

import java.util.Optional;
import vn.cchc.editorial.system.FailsWithoutRetry;

/**
 * A publisher or hand-off was reached for an item whose own record does not say that the Editorial
 * Board approved it for that channel in that process instance (docs/security.md, "the second line").
 * Nothing is published; the job becomes an incident at once, for an administrator to look into.
 */
public class NotApprovedByBoard extends ProcessEngineException implements FailsWithoutRetry {

    NotApprovedByBoard(Article article, String channel, String processInstanceId) {
        super("Không đăng tin bài %s (id %d) lên kênh %s: hồ sơ tin bài không ghi nhận Ban Biên tập đã duyệt đăng kênh này "
                .formatted(article.getCode(), article.getId(), channel)
                + "trong quy trình %s (trạng thái %s).".formatted(processInstanceId, article.getStatus()));
    }

    private NotApprovedByBoard(String message) {
        super(message);
    }

    /** @throws NotApprovedByBoard unless the plans name the channel as one the department posts itself (DIRECT) */
    static void requireDirect(Article article, Optional<Channel> channel, String code) {
        if (channel.isEmpty() || channel.get().isHandOff()) {
            throw new NotApprovedByBoard(("Không đăng tin bài %s (id %d) lên kênh %s: kế hoạch không ghi kênh này là kênh Sở "
                    + "tự đăng (publication: DIRECT).").formatted(article.getCode(), article.getId(), code));
        }
    }

    /** @throws NotApprovedByBoard unless {@link Article#approvedByBoardFor} holds */
    static void require(Article article, String channel, String processInstanceId) {
        if (!article.approvedByBoardFor(channel, processInstanceId)) {
            throw new NotApprovedByBoard(article, channel, processInstanceId);
        }
    }
}
