package floor;

import org.springframework.data.jpa.repository.JpaRepository;

/** The publications the service task stores. */
public interface Publications extends JpaRepository<FloorApplication.Publication, Long> {
}
