package vn.cchc.editorial.portal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.cchc.editorial.plan.PlanCatalog;
import vn.cchc.editorial.plan.PlanDates;
import vn.cchc.editorial.publication.PortalAddress;

import java.time.Clock;

/**
 * Who the built-in portal speaks for and where it lives (cchc.portal.*, docs/operations.md): the
 * department's name (by default the agency of the plan in force), its logo, and the public address from
 * which the Atom feed's absolute links are made. Without a public address the links are made from the
 * address the request came in on, which behind a proxy is only right with forwarded headers.
 */
@Component
class PortalSite {

    private final PlanCatalog plans;
    private final Clock clock;
    private final String title;
    private final String departmentName;
    private final String logo;
    private final PortalAddress address;

    PortalSite(PlanCatalog plans, Clock clock, PortalAddress address,
               @Value("${cchc.portal.title}") String title,
               @Value("${cchc.portal.department-name:}") String departmentName,
               @Value("${cchc.portal.logo:}") String logo) {
        this.plans = plans;
        this.clock = clock;
        this.title = title;
        this.departmentName = departmentName.strip();
        this.logo = logo.strip();
        this.address = address;
    }

    String title() {
        return title;
    }

    /** The department's name as configured, or the agency of the plan in force. */
    String departmentName() {
        return departmentName.isEmpty() ? plans.inForce(PlanDates.today(clock).getYear()).agency() : departmentName;
    }

    /** The logo's address (absolute, or a path of this application), or null for none. */
    String logo() {
        return logo.isEmpty() ? null : logo;
    }

    /** The portal's public address without a trailing slash, e.g. {@code https://stttt.soctrang.gov.vn}. */
    String base() {
        return address.configured().orElseGet(() -> ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
    }
}
