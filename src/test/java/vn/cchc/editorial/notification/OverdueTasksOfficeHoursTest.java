package vn.cchc.editorial.notification;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.Mockito;
import vn.cchc.editorial.plan.PlanCatalog;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The overdue tasks are looked for only while the offices are open, by the working days of the shipped
 * 2024 plan: a task due on Friday night is mailed on Monday from 08:00, not on Saturday at midnight.
 */
class OverdueTasksOfficeHoursTest {

    final PlanCatalog plans = new PlanCatalog((java.nio.file.Path) null);

    @ParameterizedTest(name = "{0}: looks {1}")
    @CsvSource({
            "2024-08-24T00:15:00+07:00, false",  // Saturday just after midnight
            "2024-08-26T07:45:00+07:00, false",  // Monday before the offices open
            "2024-08-26T08:00:00+07:00, true",
            "2024-09-02T09:00:00+07:00, false",  // National Day, a holiday of the plan
            "2024-05-04T09:00:00+07:00, true",   // a worked Saturday
    })
    void looksOnlyWhileTheOfficesAreOpen(String at, boolean looks) {
        TaskService tasks = Mockito.mock(TaskService.class, Mockito.RETURNS_DEEP_STUBS);
        when(tasks.createTaskQuery().dueBefore(any()).list()).thenReturn(List.of());
        Mockito.clearInvocations(tasks);
        Clock clock = Clock.fixed(OffsetDateTime.parse(at).toInstant(), plans.timeZone());

        new OverdueTasks(tasks, null, null, plans, clock).notifyHoldersDuringOfficeHours();

        verify(tasks, looks ? times(1) : never()).createTaskQuery();
    }
}
