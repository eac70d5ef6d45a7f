package vn.cchc.editorial.notification;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of e-mail a person gets, each switched on or off by the person ({@link NotificationSettings});
 * the texts of each are in templates/mail/notification_vi.properties under its {@link #code()}.
 */
public enum NotificationKind {
    /** The Board: a new review task (candidates of Task_ReviewArticle). */
    REVIEW_TASK("Tin bài chờ Ban Biên tập duyệt"),
    /** The Office: any other task offered to it. */
    OFFICE_TASK("Việc mới của Văn phòng"),
    /** The Office: a review or a province's answer overdue, a unit's monthly report overdue. */
    ESCALATION("Quá hạn, cần Văn phòng đôn đốc"),
    /** The Office: a quota period missed. */
    MISSED_QUOTA("Kỳ không đạt chỉ tiêu"),
    /** The lead unit: a quota period still unmet before its deadline. */
    QUOTA_REMINDER("Nhắc thực hiện chỉ tiêu"),
    /** The author: the Board sent the item back for revision. */
    SENT_BACK("Tin bài bị trả lại để sửa"),
    /** The author: the Board rejected the item. */
    REJECTED("Tin bài bị từ chối"),
    /** The author: the Board approved the item. */
    APPROVED("Tin bài được duyệt đăng"),
    /** The author: the item is published on a channel, with its public address. */
    PUBLISHED("Tin bài đã được đăng"),
    /** The author: the item went to a provincial channel's managing unit. */
    HANDED_OFF("Tin bài đã gửi kênh của tỉnh"),
    /** Whoever holds a task (its assignee, else its candidates) once it passed its due date. */
    OVERDUE("Công việc quá hạn");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    /** What a person reads on the settings page. */
    public String label() {
        return label;
    }

    /** As the API and the settings page name it: {@code review-task}. */
    public String code() {
        return name().toLowerCase().replace('_', '-');
    }

    public static Optional<NotificationKind> ofCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code().equals(code)).findFirst();
    }
}
