package vn.cchc.editorial;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.editorial.article.ArticleRepository;
import vn.cchc.editorial.publication.PublicationRepository;

/**
 * An end-to-end test of an item of the Office: the whole application ({@link ApplicationTest}) called over
 * its REST API as the Office's author (vp.tacgia), the Editorial Board's editor (bbt.bientap) and the
 * administrator, with the engine and the item and publication records at hand to see what their calls did.
 */
@ApplicationTest
public abstract class AsDemoUsers {

    @LocalServerPort
    protected int port;
    @Autowired
    protected RuntimeService runtime;
    @Autowired
    protected ArticleRepository articles;
    @Autowired
    protected PublicationRepository publications;

    protected RestClient author;
    protected RestClient board;
    protected RestClient admin;

    @BeforeEach
    void logInAsTheDemoUsers() {
        author = new RestClient(port, "vp.tacgia");
        board = author.as("bbt.bientap");
        admin = author.as("admin");
    }
}
