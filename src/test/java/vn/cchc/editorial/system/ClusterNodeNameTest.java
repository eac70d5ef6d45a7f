package vn.cchc.editorial.system;

import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterNodeNameTest {

    @Test
    void namedNodeLocksJobsAndLogsThemUnderItsName() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJobExecutor(new DefaultJobExecutor());
        ClusterNodeName plugin = new ClusterNodeName(" node-a ");

        plugin.preInit(configuration);
        plugin.postInit(configuration);

        assertThat(configuration.getHostname()).isEqualTo("node-a");
        assertThat(configuration.getJobExecutor().getLockOwner()).isEqualTo("node-a");
    }

    @Test
    void unnamedNodeKeepsTheEnginesUniqueLockOwner() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJobExecutor(new DefaultJobExecutor());
        String randomOwner = configuration.getJobExecutor().getLockOwner();

        new ClusterNodeName("").postInit(configuration);

        assertThat(configuration.getJobExecutor().getLockOwner()).isEqualTo(randomOwner).isNotBlank();
    }
}
