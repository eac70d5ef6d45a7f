package vn.cchc.editorial.system;

import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.cmd.JobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * The engine's handling of a failed job, except that a failure marked {@link FailsWithoutRetry}
 * (anywhere in its causes) leaves the job no retries: an incident now, visible in Cockpit with the
 * failure's message, and nothing tried again until an administrator decides.
 */
class NoRetryForLastingFailures implements FailedJobCommandFactory {

    @Override
    public Command<Object> getCommand(String jobId, Throwable exception) {
        return isLasting(exception) ? new NoRetry(jobId, exception) : new DefaultJobRetryCmd(jobId, exception);
    }

    static boolean isLasting(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof FailsWithoutRetry) {
                return true;
            }
        }
        return false;
    }

    private static final class NoRetry extends JobRetryCmd {

        NoRetry(String jobId, Throwable exception) {
            super(jobId, exception);
        }

        @Override
        public Object execute(CommandContext commandContext) {
            JobEntity job = getJob();
            if (job != null) {
                job.unlock();
                logException(job);
                job.setRetries(0);
                notifyAcquisition(commandContext);
            }
            return null;
        }
    }
}
