package vn.cchc.editorial.system;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

/**
 * Names this node in the engine when cchc.cluster.node-name is set: the job executor locks jobs under
 * that name (so the job table shows which node holds a job) and the job log records it as the host.
 * Every node of a cluster needs a name of its own; without one the engine's defaults stay.
 */
public class ClusterNodeName extends AbstractProcessEnginePlugin {

    private final String name;

    public ClusterNodeName(String name) {
        this.name = name == null ? "" : name.strip();
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (!name.isEmpty()) {
            configuration.setHostname(name);
        }
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        JobExecutor jobExecutor = configuration.getJobExecutor();
        if (!name.isEmpty() && jobExecutor != null) {
            jobExecutor.setLockOwner(name);
        }
    }
}
