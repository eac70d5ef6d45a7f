package vn.cchc.editorial.article;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import vn.cchc.editorial.ApplicationTest;
import vn.cchc.editorial.RestClient;
import vn.cchc.editorial.plan.Channel;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The forms' channel lists are the plan's (SecondAgencyPlanIT shows another plan's). */
@ApplicationTest
public class ChannelChoicesInFormsTest {

    @LocalServerPort
    int port;
    @Autowired
    ChannelChoicesInForms choices;
    @Autowired
    org.camunda.bpm.engine.RepositoryService repositoryService;

    @Test
    void tasklistsStartFormOffersTheShippedPlansChannelsAndAnUnchangedPlanDeploysNothing() {
        RestClient author = new RestClient(port, "vp.tacgia");
        ResponseEntity<String> form = author.get("/engine-rest/process-definition/key/ArticlePublicationProcess/deployed-start-form");
        assertThat(form.getStatusCode().value()).as(form.getBody()).isEqualTo(200);
        assertThat(options(author.json(form), "channels")).containsExactly(
                "DEPARTMENT_PORTAL=Cổng thông tin điện tử của Sở",
                "PROVINCIAL_CCHC_PAGE=Chuyên trang CCHC của tỉnh",
                "PROVINCIAL_PORTAL=Cổng TTĐT của tỉnh (kênh Zalo)");

        assertThat(choices.deploy()).as("the same plan again: no new form version").isNull();
    }

    @Test
    void aLaterDeploymentOfTheFormFilesIsFollowedByTheListsAgain() throws Exception {
        // a new release deploys the form files, whose lists are empty: they are the latest now
        try (var draft = new org.springframework.core.io.ClassPathResource("processes/article-draft.form").getInputStream()) {
            repositoryService.createDeployment().name("release").addInputStream("processes/article-draft.form", draft).deploy();
        }
        RestClient author = new RestClient(port, "vp.tacgia");
        String path = "/engine-rest/process-definition/key/ArticlePublicationProcess/deployed-start-form";
        assertThat(options(author.json(author.get(path)), "channels")).isEmpty();

        assertThat(choices.deploy()).as("the same lists, deployed again after the release").isNotNull();
        assertThat(options(author.json(author.get(path)), "channels")).hasSize(3);
        assertThat(choices.deploy()).isNull();
    }

    @Test
    void everyChecklistWithAChannelKeyIsFilledAndNothingElseChanges() throws Exception {
        byte[] template = """
                {"components": [
                  {"type": "checklist", "key": "channels", "values": []},
                  {"type": "group", "components": [{"type": "checklist", "key": "channels", "values": [{"label": "x", "value": "X"}]}]},
                  {"type": "textfield", "key": "title"}
                ]}""".getBytes(StandardCharsets.UTF_8);
        List<Channel> channels = List.of(new Channel("A", "Kênh A", vn.cchc.editorial.plan.Publication.DIRECT, null),
                new Channel("B", "Kênh B", vn.cchc.editorial.plan.Publication.HAND_OFF, "Sở Nội vụ"));
        JsonNode filled = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(ChannelChoicesInForms.withChannels(template, Set.of("channels"), channels));
        assertThat(options(filled, "channels")).containsExactly("A=Kênh A", "B=Kênh B");
        assertThat(options(filled.get("components").get(1), "channels")).containsExactly("A=Kênh A", "B=Kênh B");
        assertThat(filled.get("components").get(2).has("values")).isFalse();
    }

    /** "value=label" of each option of the form's components with this key. */
    public static List<String> options(JsonNode form, String key) {
        List<String> options = new ArrayList<>();
        for (JsonNode component : form.get("components")) {
            if (key.equals(component.path("key").asText())) {
                component.get("values").forEach(v -> options.add(v.get("value").asText() + "=" + v.get("label").asText()));
            }
        }
        return options;
    }
}
