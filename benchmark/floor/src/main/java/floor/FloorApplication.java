package floor;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * The floor: Camunda's webapps and REST API (no authentication), JPA and H2, and one process (floor.bpmn:
 * start, a user task, an asynchronous service task that stores a publication with JPA, end). What the
 * product adds is measured against it (docs/performance.md).
 */
@SpringBootApplication
public class FloorApplication {

    public static void main(String[] args) {
        SpringApplication.run(FloorApplication.class, args);
    }

    /** One row per item published, written in the publishing job's transaction. */
    @Entity
    @Table(name = "publication")
    public static class Publication {
        @Id
        @GeneratedValue
        Long id;
        String processInstanceId;
        String title;
        Instant publishedAt;
    }

    /** The service task {@code ${publish}}: stores the item's publication. */
    @Component("publish")
    public static class Publish implements JavaDelegate {

        private final Publications publications;

        public Publish(Publications publications) {
            this.publications = publications;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Publication publication = new Publication();
            publication.processInstanceId = execution.getProcessInstanceId();
            publication.title = (String) execution.getVariable("title");
            publication.publishedAt = Instant.now();
            publications.save(publication);
        }
    }
}
