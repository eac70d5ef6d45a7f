package vn.cchc.editorial.system.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestTemplate;
import vn.cchc.editorial.PackagedApp;
import vn.cchc.editorial.RestClient;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Due timers on demand, and their firings counted in the database. The probe process
 * (src/test/resources/cluster/cluster-timer-probe.bpmn) waits for a timer, then runs one SQL insert into
 * cluster_probe_firing in the job's own transaction, naming the node (its connections' application_name).
 * Its timers are created on hold (the timer's job definition suspended) and released together, so every
 * node's job executor meets all of them due at once.
 */
final class TimerProbe {

    static final String PROCESS_KEY = "ClusterTimerProbe";
    private static final String LONG_AGO = "2000-01-01T00:00:00Z";

    private final JdbcTemplate jdbc;
    private final RestClient admin;
    private String timerJobDefinitionId;

    TimerProbe(ThrowawayDatabase database, PackagedApp node) {
        this.jdbc = database.jdbc();
        this.admin = node.client("admin");
    }

    /** Deploys the probe through the REST API and creates the table that counts its firings. */
    TimerProbe deploy() {
        jdbc.execute("""
                create table if not exists cluster_probe_firing (
                  id bigserial primary key,
                  probe varchar(64) not null,
                  node varchar(100) not null,
                  fired_at timestamptz not null)""");
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("admin", "demo");
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("deployment-name", "cluster-timer-probe");
        body.add("enable-duplicate-filtering", "true");
        body.add("data", new ClassPathResource("cluster/cluster-timer-probe.bpmn"));
        ResponseEntity<String> deployed = new RestTemplate().postForEntity(
                admin.base() + "/engine-rest/deployment/create", new HttpEntity<>(body, headers), String.class);
        assertThat(deployed.getStatusCode().value()).as(deployed.getBody()).isEqualTo(200);
        JsonNode definitions = admin.json(admin.get("/engine-rest/job-definition?processDefinitionKey=" + PROCESS_KEY
                + "&activityIdIn=TimerEvent_Due"));
        assertThat(definitions).hasSize(1);
        timerJobDefinitionId = definitions.get(0).get("id").asText();
        return this;
    }

    /** New timers of the probe are created suspended: no job executor sees them until {@link #release()}. */
    void hold() {
        suspendTimers(true);
    }

    /** Every held timer of the probe becomes due at once. */
    Instant release() {
        Instant releasedAt = Instant.now();
        suspendTimers(false);
        return releasedAt;
    }

    private void suspendTimers(boolean suspended) {
        ResponseEntity<String> response = admin.exchange(HttpMethod.PUT, "/engine-rest/job-definition/" + timerJobDefinitionId + "/suspended",
                Map.of("suspended", suspended, "includeJobs", true));
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(204);
    }

    /**
     * Starts count probes named prefix-0.., spread over the nodes, each taking work (a pg_sleep) inside its
     * job before it records the firing.
     */
    void start(String prefix, int count, Duration work, List<PackagedApp> nodes, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> started = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String probe = prefix + "-" + i;
                RestClient client = nodes.get(i % nodes.size()).client("admin");
                started.add(pool.submit(() -> {
                    Map<String, Object> request = new LinkedHashMap<>(RestClient.variables(
                            "dueAt", LONG_AGO, "String",
                            "firingSql", firingSql(probe, work), "String"));
                    request.put("businessKey", probe);
                    ResponseEntity<String> response = client.post("/engine-rest/process-definition/key/" + PROCESS_KEY + "/start", request);
                    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
                }));
            }
            for (Future<?> f : started) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static String firingSql(String probe, Duration work) {
        String pause = work.isZero() ? "select 1" : "select pg_sleep(%.3f)".formatted(work.toMillis() / 1000.0);
        return """
                with pause as (%s)
                insert into cluster_probe_firing (probe, node, fired_at)
                select '%s', current_setting('application_name'), clock_timestamp() from pause
                returning id""".formatted(pause, probe);
    }

    long suspendedTimers() {
        return jdbc.queryForObject("select count(*) from act_ru_job where job_def_id_ = ? and suspension_state_ = 2",
                Long.class, timerJobDefinitionId);
    }

    /** Timers of the probe not yet fired (the job is gone once its firing committed). */
    long pendingTimers() {
        return jdbc.queryForObject("select count(*) from act_ru_job where job_def_id_ = ?", Long.class, timerJobDefinitionId);
    }

    long firings(String prefix) {
        return jdbc.queryForObject("select count(*) from cluster_probe_firing where probe like ?", Long.class, prefix + "-%");
    }

    long probesFired(String prefix) {
        return jdbc.queryForObject("select count(distinct probe) from cluster_probe_firing where probe like ?", Long.class, prefix + "-%");
    }

    /** Firings per node name (cchc.cluster.node-name). */
    Map<String, Long> firingsPerNode(String prefix) {
        Map<String, Long> perNode = new LinkedHashMap<>();
        jdbc.query("select node, count(*) from cluster_probe_firing where probe like ? group by node order by node",
                rs -> {
                    perNode.put(rs.getString(1).replaceFirst("^cchc-editorial:", ""), rs.getLong(2));
                }, prefix + "-%");
        return perNode;
    }

    /** Firing time of the first and last firing of the prefix. */
    Instant[] firingSpan(String prefix) {
        return jdbc.queryForObject("select min(fired_at), max(fired_at) from cluster_probe_firing where probe like ?",
                (rs, n) -> new Instant[]{rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()}, prefix + "-%");
    }

    /** The probe's timer jobs that a node holds locked right now: process instance id to lock expiry. */
    Map<String, Instant> lockedBy(String node) {
        Map<String, Instant> locked = new LinkedHashMap<>();
        jdbc.query("select process_instance_id_, lock_exp_time_ from act_ru_job where job_def_id_ = ? and lock_owner_ = ?",
                rs -> {
                    locked.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                }, timerJobDefinitionId, node);
        return locked;
    }

    /** Each firing of the given process instance's probe: node and time. */
    List<Map<String, Object>> firingsOfInstance(String processInstanceId) {
        String probe = jdbc.queryForObject("select business_key_ from act_hi_procinst where id_ = ?", String.class, processInstanceId);
        return jdbc.queryForList("select node, fired_at from cluster_probe_firing where probe = ?", probe);
    }

    static Instant instant(Object timestamp) {
        return ((Timestamp) timestamp).toInstant();
    }
}
