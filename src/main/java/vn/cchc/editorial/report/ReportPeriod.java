package vn.cchc.editorial.report;

import vn.cchc.editorial.plan.PeriodicReportDays;
import vn.cchc.editorial.plan.Plan;
import vn.cchc.editorial.plan.PlanDates;
import vn.cchc.editorial.system.InvalidInputException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One periodic report to Sở Nội vụ (plan V.6), written {@code 2024-Q1}, {@code 2024-H1}, {@code 2024-Q3} or
 * {@code 2024-Y}. As the provincial Sở Nội vụ asks, a year has four: quarter I, the first 6 months (which
 * stands for quarter II), quarter III and the year (which stands for quarter IV). Its window and due
 * date come from the plan's {@code periodicReports} days ({@link PeriodicReportDays}).
 *
 * @param year   the year
 * @param kind   quarter, half-year or year
 * @param number the quarter (1 or 3) or the half (1); 0 for the year
 */
public record ReportPeriod(int year, Kind kind, int number) {

    public enum Kind { QUARTER, HALF_YEAR, YEAR }

    private static final Pattern CODE = Pattern.compile("([0-9]{4})-(Q[1-4]|H[12]|Y)");

    /** The four reports of a year, in the order they fall due. */
    public static List<ReportPeriod> of(int year) {
        return List.of(new ReportPeriod(year, Kind.QUARTER, 1), new ReportPeriod(year, Kind.HALF_YEAR, 1),
                new ReportPeriod(year, Kind.QUARTER, 3), new ReportPeriod(year, Kind.YEAR, 0));
    }

    /**
     * @param code "2024-Q1", "2024-H1", "2024-Q3" or "2024-Y"
     * @throws InvalidInputException (400, Vietnamese) for any other text, and for Q2, Q4 and H2, which are
     *                               reported in H1 and Y
     */
    public static ReportPeriod parse(String code) {
        Matcher m = CODE.matcher(code == null ? "" : code.strip());
        if (!m.matches()) {
            throw new InvalidInputException("Kỳ báo cáo '" + code + "' không hợp lệ: viết năm-Q1, năm-H1, năm-Q3"
                    + " hoặc năm-Y, ví dụ 2024-Q1.");
        }
        int year = Integer.parseInt(m.group(1));
        return switch (m.group(2)) {
            case "Q1" -> new ReportPeriod(year, Kind.QUARTER, 1);
            case "Q3" -> new ReportPeriod(year, Kind.QUARTER, 3);
            case "H1" -> new ReportPeriod(year, Kind.HALF_YEAR, 1);
            case "Y" -> new ReportPeriod(year, Kind.YEAR, 0);
            case "Q2" -> throw new InvalidInputException("Quý II được báo cáo trong báo cáo 6 tháng: dùng " + year + "-H1.");
            case "Q4" -> throw new InvalidInputException("Quý IV được báo cáo trong báo cáo năm: dùng " + year + "-Y.");
            default -> throw new InvalidInputException("6 tháng cuối năm được báo cáo trong báo cáo năm: dùng "
                    + year + "-Y.");
        };
    }

    public String code() {
        return year + "-" + switch (kind) {
            case QUARTER -> "Q" + number;
            case HALF_YEAR -> "H" + number;
            case YEAR -> "Y";
        };
    }

    /** "quý I năm 2024", "6 tháng đầu năm 2024", "năm 2024". */
    public String label() {
        return switch (kind) {
            case QUARTER -> "quý " + (number == 1 ? "I" : "III") + " năm " + year;
            case HALF_YEAR -> "6 tháng đầu năm " + year;
            case YEAR -> "năm " + year;
        };
    }

    /** The last month of the period: March, June, September or December. */
    public YearMonth lastMonth() {
        return switch (kind) {
            case QUARTER -> YearMonth.of(year, number * 3);
            case HALF_YEAR -> YearMonth.of(year, 6);
            case YEAR -> YearMonth.of(year, 12);
        };
    }

    /** The last month of the previous period of the same kind. */
    YearMonth previousLastMonth() {
        return lastMonth().minusMonths(switch (kind) {
            case QUARTER -> 3;
            case HALF_YEAR -> 6;
            case YEAR -> 12;
        });
    }

    PeriodicReportDays days(Plan plan) {
        return switch (kind) {
            case QUARTER -> plan.periodicReports().quarter();
            case HALF_YEAR -> plan.periodicReports().halfYear();
            case YEAR -> plan.periodicReports().year();
        };
    }

    /** First day of the data window (inclusive). */
    public LocalDate windowStart(Plan plan) {
        return previousLastMonth().atDay(days(plan).windowStartDay());
    }

    /** Last day of the data window (inclusive). */
    public LocalDate windowEnd(Plan plan) {
        return lastMonth().atDay(days(plan).windowEndDay());
    }

    /** The draft is made at 00:00 of the day after the window, in the plan's zone (the application clock's). */
    public ZonedDateTime draftAt(Plan plan, Clock clock) {
        return PlanDates.startOfDay(windowEnd(plan).plusDays(1), clock);
    }

    /** Due at 23:59:59 of the due day, in the plan's zone (the application clock's). */
    public ZonedDateTime dueAt(Plan plan, Clock clock) {
        return PlanDates.endOf(dueDay(plan), clock);
    }

    private LocalDate dueDay(Plan plan) {
        return lastMonth().atDay(days(plan).dueDay());
    }

    /** A report not approved by its due day goes to the Office's head at 08:00 of the next working day of the plan. */
    public ZonedDateTime escalateAt(Plan plan) {
        return plan.workingDays().openingOfWorkingDayAfter(dueDay(plan));
    }
}
