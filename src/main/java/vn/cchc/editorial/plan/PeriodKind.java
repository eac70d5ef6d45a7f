package vn.cchc.editorial.plan;

import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** The length of a quota period. */
public enum PeriodKind {
    MONTH(1),
    QUARTER(3);

    private final int months;

    PeriodKind(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    /** The first month of every period of this kind in the year, in order. */
    public List<YearMonth> firstMonthsOf(int year) {
        List<YearMonth> firsts = new ArrayList<>();
        for (int month = 1; month <= 12; month += months) {
            firsts.add(YearMonth.of(year, month));
        }
        return firsts;
    }

    /** The first month of the period that holds the given month. */
    public Month firstMonthOf(Month month) {
        return Month.of((month.getValue() - 1) / months * months + 1);
    }

    /** The period's key: {@code 2024-03} for a month, {@code 2024-Q1} for a quarter. */
    public String key(YearMonth firstMonth) {
        return this == MONTH
                ? firstMonth.toString()
                : firstMonth.getYear() + "-Q" + ((firstMonth.getMonthValue() - 1) / 3 + 1);
    }
}
