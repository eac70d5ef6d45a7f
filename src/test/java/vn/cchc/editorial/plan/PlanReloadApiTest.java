package vn.cchc.editorial.plan;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.editorial.ApplicationTest;
import vn.cchc.editorial.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

@ApplicationTest
class PlanReloadApiTest {

    @LocalServerPort
    int port;

    @Test
    void theOfficeReloadsThePlanFilesAndTheDirectorsMayOnlyLook() {
        var directors = new RestClient(port, "bgd.giamdoc");
        assertThat(directors.json(directors.get("/api/plans")).get("years").toString()).contains("2024");
        assertThat(directors.post("/api/plans/reload", "{}").getStatusCode().value()).isEqualTo(403);

        var office = new RestClient(port, "vp.theodoi");
        var reloaded = office.post("/api/plans/reload", "{}");
        assertThat(reloaded.getStatusCode().value()).as(reloaded.getBody()).isEqualTo(200);
        assertThat(office.json(reloaded).get("reloadedYears").toString()).contains("2024");
    }

    @Test
    void anyoneLoggedInReadsThePlansTimeZoneWhichTheWebappsWriteTheirDatesIn() {
        var author = new RestClient(port, "vp.tacgia");
        var answer = author.get("/api/plans/time-zone");
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        assertThat(author.json(answer).get("timeZone").asText()).isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(author.get("/api/plans").getStatusCode().value()).as("the rest of /api/plans is the Office's").isEqualTo(403);

        var anonymous = new org.springframework.web.client.RestTemplate();
        anonymous.setErrorHandler(new org.springframework.web.client.DefaultResponseErrorHandler() {
            @Override
            public boolean hasError(org.springframework.http.client.ClientHttpResponse response) {
                return false;
            }
        });
        assertThat(anonymous.getForEntity(author.base() + "/api/plans/time-zone", String.class).getStatusCode().value())
                .isEqualTo(401);
    }
}
