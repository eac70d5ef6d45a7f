package vn.cchc.editorial.system;

/**
 * Marks a failure that trying again cannot cure (an item the Board did not approve, say): the job that
 * met it gets no retries left and becomes an incident at once, instead of being tried again over the
 * activity's failedJobRetryTimeCycle. See {@link NoRetryForLastingFailures}.
 */
public interface FailsWithoutRetry {
}
