package vn.cchc.editorial.report;

import java.util.List;

/**
 * A unit's items and quotas of one month, counted from the database ({@link MonthFigures}).
 *
 * @param drafted   items the unit drafted in the month (created then)
 * @param approved  the Board's approvals of the unit's items decided in the month
 * @param sentBack  the Board's send-backs for revision decided in the month
 * @param rejected  the Board's rejections decided in the month
 * @param published the unit's items published in the month, per channel of the plan, in the plan's order
 * @param periods   the quota periods the unit led whose deadline fell in the month, and whether each was met
 */
public record MonthlyFigures(long drafted, long approved, long sentBack, long rejected,
                             List<ChannelCount> published, List<PeriodResult> periods) {

    /** Items published on one channel. */
    public record ChannelCount(String channel, String channelName, int count) {
    }

    /**
     * One quota period the unit led.
     *
     * @param periodId the period's id ("department-portal-monthly:2024-03")
     * @param achieved what counted, as QuotaCounter counts it (hand credits included)
     * @param met      whether it reached the period's minimum
     */
    public record PeriodResult(String periodId, String label, String channelName, int minimum, int achieved, boolean met) {
    }

    /** The figures as the form shows them, in Vietnamese, one fact a line. */
    public String text() {
        StringBuilder text = new StringBuilder();
        text.append("Tin bài đã soạn: ").append(drafted).append('\n')
                .append("Được Ban Biên tập duyệt đăng: ").append(approved).append('\n')
                .append("Bị trả lại để sửa: ").append(sentBack).append('\n')
                .append("Bị từ chối: ").append(rejected).append('\n');
        for (ChannelCount c : published) {
            text.append("Đã đăng trên ").append(c.channelName()).append(": ").append(c.count()).append('\n');
        }
        if (periods.isEmpty()) {
            text.append("Không có kỳ chỉ tiêu nào đơn vị chủ trì đến hạn trong tháng.");
        }
        for (PeriodResult p : periods) {
            text.append("Chỉ tiêu ").append(p.label()).append(" – ").append(p.channelName()).append(": đạt ")
                    .append(p.achieved()).append('/').append(p.minimum())
                    .append(p.met() ? " (đạt chỉ tiêu)" : " (không đạt chỉ tiêu)").append('\n');
        }
        return text.toString().strip();
    }
}
