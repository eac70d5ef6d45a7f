package vn.cchc.editorial.plan;

/**
 * How long an item may wait for the Editorial Board, in working days.
 *
 * @param remindBoardAfterWorkingDays the board is reminded after this many working days
 * @param escalateToOfficeAfterWorkingDays the Office is asked to intervene after this many (more
 *     than the reminder's), counted from the same start
 */
public record ReviewDeadlines(int remindBoardAfterWorkingDays, int escalateToOfficeAfterWorkingDays) {

    public ReviewDeadlines {
        if (remindBoardAfterWorkingDays < 1 || escalateToOfficeAfterWorkingDays <= remindBoardAfterWorkingDays) {
            throw new IllegalArgumentException("need 1 <= remind < escalate, got "
                    + remindBoardAfterWorkingDays + " and " + escalateToOfficeAfterWorkingDays);
        }
    }
}
