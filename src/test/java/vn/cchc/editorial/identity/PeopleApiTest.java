package vn.cchc.editorial.identity;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.DefaultResponseErrorHandler;
import org.springframework.web.client.RestTemplate;
import vn.cchc.editorial.ApplicationTest;
import vn.cchc.editorial.RestClient;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/people: each person by full name in Vietnamese order and unit, for the webapps that know only login ids. */
@ApplicationTest
class PeopleApiTest {

    @LocalServerPort
    int port;

    @Test
    void anyoneLoggedInReadsColleaguesByNameAndUnitAndAnUnknownIdAsItIs() {
        RestClient author = new RestClient(port, "vp.tacgia");
        ResponseEntity<String> answer = author.get("/api/people?id=bbt.bientap&id=vp.tacgia&id=bbt.bientap&id=khong.co.ai");
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        JsonNode people = author.json(answer);

        assertThat(people).hasSize(3);
        assertThat(people.get(0).get("id").asText()).isEqualTo("bbt.bientap");
        assertThat(people.get(0).get("name").asText()).isEqualTo("Huỳnh Thanh Mai");
        assertThat(people.get(0).get("unit").asText()).isEqualTo("Ban Biên tập Cổng TTĐT của Sở");
        assertThat(people.get(0).get("shown").asText()).isEqualTo("Huỳnh Thanh Mai (Ban Biên tập Cổng TTĐT của Sở)");
        assertThat(people.get(1).get("shown").asText()).isEqualTo("Nguyễn Thị Lan (Văn phòng Sở)");
        assertThat(people.get(2).get("shown").asText()).isEqualTo("khong.co.ai");
        assertThat(people.get(2).get("unit").isNull()).isTrue();
    }

    @Test
    void tooManyAtOnceIsRefusedInVietnameseAndNobodyAnonymousAsks() {
        RestClient author = new RestClient(port, "vp.tacgia");
        String ids = IntStream.rangeClosed(0, PeopleApi.MOST_IDS).mapToObj(i -> "id=u" + i).collect(Collectors.joining("&"));
        ResponseEntity<String> tooMany = author.get("/api/people?" + ids);
        assertThat(tooMany.getStatusCode().value()).isEqualTo(400);
        assertThat(author.json(tooMany).toString()).contains("tối đa " + PeopleApi.MOST_IDS + " người");

        RestTemplate anonymous = new RestTemplate();
        anonymous.setErrorHandler(new DefaultResponseErrorHandler() {
            @Override
            public boolean hasError(org.springframework.http.client.ClientHttpResponse response) {
                return false;
            }
        });
        assertThat(anonymous.getForEntity(author.base() + "/api/people?id=bbt.bientap", String.class).getStatusCode().value())
                .isEqualTo(401);
    }
}
