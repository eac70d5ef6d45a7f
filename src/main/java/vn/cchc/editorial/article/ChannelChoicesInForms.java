package vn.cchc.editorial.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.plan.Channel;
import vn.cchc.editorial.plan.Plan;
import vn.cchc.editorial.plan.PlanCatalog;
import vn.cchc.editorial.plan.PlanDates;
import vn.cchc.editorial.system.StartupLock;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * The forms' channel lists follow the plan in force ({@link PlanCatalog#inForce}): the .form files under
 * processes/ carry no channel of their own (an empty {@code values} list); at every start the checklists
 * named here get the plan's channels as options (label: the channel's name, value: its code), and the forms
 * are deployed again as deployment {@value #DEPLOYMENT} when that changes them. The processes bind their
 * forms with {@code formRefBinding="latest"}, so Tasklist shows the new list at once; an unchanged list
 * deploys nothing (duplicate filtering).
 */
@Component
@Order(6)
public class ChannelChoicesInForms implements ApplicationRunner {

    static final String DEPLOYMENT = "cchc-channel-choices";
    /** Each form file and the keys of its channel checklists. */
    static final List<FormChoices> FORMS = List.of(
            new FormChoices("processes/article-draft.form", Set.of(ArticleVariables.CHANNELS)),
            new FormChoices("processes/article-review.form", Set.of(ArticleVariables.CHANNEL_CODES)));

    record FormChoices(String resource, Set<String> keys) {
    }

    private static final Logger log = LoggerFactory.getLogger(ChannelChoicesInForms.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RepositoryService repositoryService;
    private final PlanCatalog plans;
    private final Clock clock;
    private final StartupLock startupLock;

    public ChannelChoicesInForms(RepositoryService repositoryService, PlanCatalog plans, Clock clock, StartupLock startupLock) {
        this.repositoryService = repositoryService;
        this.plans = plans;
        this.clock = clock;
        this.startupLock = startupLock;
    }

    @Override
    public void run(ApplicationArguments args) {
        startupLock.run(this::deploy);
    }

    /** Deploys the forms with today's plan's channels; returns the new deployment, or null when nothing changed. */
    Deployment deploy() {
        Plan plan = plans.inForce(PlanDates.dayOf(clock.instant(), clock).getYear());
        // a later deployment of the form files (a new release) made the empty lists the latest: deploy again
        // even if the lists are the same; otherwise only when they changed (duplicate filtering)
        DeploymentBuilder deployment = repositoryService.createDeployment().name(DEPLOYMENT);
        if (!supersededByLaterForms()) {
            deployment.enableDuplicateFiltering(false);
        }
        for (FormChoices form : FORMS) {
            byte[] filled = withChannels(read(form.resource()), form.keys(), plan.channels());
            deployment.addInputStream(form.resource(), new ByteArrayInputStream(filled));
        }
        long before = repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT).count();
        Deployment deployed = deployment.deploy();
        // duplicate filtering answers an unchanged list with the earlier deployment, and adds none
        if (repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT).count() == before) {
            return null;
        }
        log.info("Forms deployed with the channels of the plan of {}: {}", plan.year(),
                plan.channels().stream().map(Channel::code).toList());
        return deployed;
    }

    /** Whether a deployment after this class's last one holds one of the form files. */
    private boolean supersededByLaterForms() {
        Deployment ours = repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT).orderByDeploymentTime().desc()
                .listPage(0, 1).stream().findFirst().orElse(null);
        if (ours == null) {
            return true;
        }
        return repositoryService.createDeploymentQuery().deploymentAfter(ours.getDeploymentTime()).list().stream()
                .filter(later -> !later.getId().equals(ours.getId()))
                .flatMap(later -> repositoryService.getDeploymentResourceNames(later.getId()).stream())
                .anyMatch(name -> FORMS.stream().anyMatch(form -> name.endsWith(fileName(form.resource()))));
    }

    private static String fileName(String resource) {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    /** The form's JSON with every checklist whose key is one of {@code keys} offering exactly these channels. */
    static byte[] withChannels(byte[] form, Set<String> keys, List<Channel> channels) {
        try {
            JsonNode root = JSON.readTree(form);
            fill(root, keys, channels);
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException("A shipped form is not JSON", e);
        }
    }

    private static void fill(JsonNode node, Set<String> keys, List<Channel> channels) {
        if (node instanceof ObjectNode object && object.has("key") && keys.contains(object.get("key").asText())) {
            ArrayNode values = object.putArray("values");
            channels.forEach(channel -> values.addObject().put("label", channel.name()).put("value", channel.code()));
        }
        node.forEach(child -> fill(child, keys, channels));
    }

    private static byte[] read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The shipped form " + resource + " is missing", e);
        }
    }
}
