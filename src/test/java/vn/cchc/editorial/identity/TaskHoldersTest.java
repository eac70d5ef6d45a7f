package vn.cchc.editorial.identity;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.editorial.AsDemoUsers;
import vn.cchc.editorial.Items;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who holds each of a list of open tasks, their candidate groups read in one query (system.TaskCandidateGroups):
 * an item's review offered to the Editorial Board, a task given to a person, a task offered to two units, a task
 * offered to nobody.
 */
class TaskHoldersTest extends AsDemoUsers {

    @Autowired
    TaskHolders holders;
    @Autowired
    TaskService tasks;

    @Test
    void eachTaskOfAListIsHeldByItsAssigneeOrTheUnitsItIsOfferedToOrNobody() {
        String instance = Items.start(author, "Tin của danh sách việc " + System.nanoTime(), "[\"DEPARTMENT_PORTAL\"]");
        Task review = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_ReviewArticle").singleResult();
        Task assigned = standalone("bbt.bientap");
        Task twoUnits = standalone(null);
        tasks.addCandidateGroup(twoUnits.getId(), "thanh-tra");
        tasks.addCandidateGroup(twoUnits.getId(), "phong-cds");
        Task nobody = standalone(null);
        try {
            List<Task> list = tasks.createTaskQuery().taskIdIn(review.getId(), assigned.getId(), twoUnits.getId(), nobody.getId()).list();

            Map<String, String> held = holders.of(list);

            assertThat(held).containsOnlyKeys(review.getId(), assigned.getId(), twoUnits.getId(), nobody.getId());
            assertThat(held.get(review.getId())).isEqualTo("Ban Biên tập Cổng TTĐT của Sở");
            assertThat(held.get(assigned.getId())).startsWith("Huỳnh Thanh Mai (");
            assertThat(held.get(twoUnits.getId())).isEqualTo("Phòng Chuyển đổi số, Thanh tra Sở");
            assertThat(held.get(nobody.getId())).isEqualTo(TaskHolders.NOBODY);
            assertThat(holders.of(review)).as("one task alone").isEqualTo(held.get(review.getId()));
            assertThat(holders.of(List.<Task>of())).isEmpty();
        } finally {
            List.of(assigned, twoUnits, nobody).forEach(t -> tasks.deleteTask(t.getId(), true));
        }
    }

    private Task standalone(String assignee) {
        Task task = tasks.newTask();
        task.setName("Việc thử người giữ");
        task.setAssignee(assignee);
        tasks.saveTask(task);
        return task;
    }
}
