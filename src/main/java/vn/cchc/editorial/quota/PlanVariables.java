package vn.cchc.editorial.quota;

/** The process variables of CommunicationPlanProcess, named once (docs/process-model.md lists them). */
final class PlanVariables {

    static final String YEAR = "year";
    static final String OFFICE = "office";
    static final String PERIOD_IDS = "periodIds";
    static final String PAST_PERIODS = "pastPeriods";
    static final String NOT_FOLLOWED_PERIOD_IDS = "notFollowedPeriodIds";
    static final String PERIOD_ID = "periodId";
    static final String PERIOD_LABEL = "periodLabel";
    static final String CHANNEL = "channel";
    static final String CHANNEL_NAME = "channelName";
    static final String LEAD_UNIT = "leadUnit";
    static final String LEAD_UNIT_NAME = "leadUnitName";
    static final String MINIMUM = "minimum";
    static final String DEADLINE = "deadline";
    static final String REMINDER_AT = "reminderAt";
    static final String JUDGED_AT = "judgedAt";
    static final String ACHIEVED = "achievedCount";
    static final String QUOTA_MET = "quotaMet";
    static final String ITEMS_IN_PROGRESS = "itemsInProgress";
    static final String ACTION_TAKEN = "actionTaken";

    static final String MESSAGE_QUOTA_MET = "QuotaMet";

    private PlanVariables() {
    }
}
