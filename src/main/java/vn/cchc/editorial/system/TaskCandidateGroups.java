package vn.cchc.editorial.system;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The candidate groups of many open tasks in one query, where the engine's API asks once per task
 * ({@code TaskService.getIdentityLinksForTask}, with its own authorization check each time): a list of 50
 * overdue tasks was 100 queries. Reads the engine's table {@code ACT_RU_IDENTITYLINK} (Camunda's documented
 * database schema, no table prefix here) and checks no permission itself: pass only the ids of tasks the caller
 * has already read through the engine's task query, which checked the caller's permission to read them.
 */
@Component
public class TaskCandidateGroups {

    /** How many task ids one query names at most (a SQL list of parameters has its limits). */
    static final int IDS_PER_QUERY = 500;

    private final NamedParameterJdbcTemplate jdbc;

    TaskCandidateGroups(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param taskIds ids of open tasks the caller has read
     * @return for each task that has candidate groups, their ids (each once, by id); a task
     *     without any is absent
     */
    public Map<String, Set<String>> of(Collection<String> taskIds) {
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        List<String> ids = List.copyOf(new LinkedHashSet<>(taskIds));
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            jdbc.query("""
                            select TASK_ID_, GROUP_ID_ from ACT_RU_IDENTITYLINK
                            where TYPE_ = 'candidate' and GROUP_ID_ is not null and TASK_ID_ in (:ids)
                            order by TASK_ID_, GROUP_ID_""",
                    Map.of("ids", ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY))),
                    row -> {
                        groups.computeIfAbsent(row.getString(1), id -> new LinkedHashSet<>()).add(row.getString(2));
                    });
        }
        return groups;
    }
}
