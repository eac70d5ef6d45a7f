package vn.cchc.editorial.identity;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.editorial.system.ApiAuthenticationFilter;
import vn.cchc.editorial.system.InvalidInputException;

import java.util.List;

/**
 * {@code GET /api/people?id=bbt.bientap&id=vp.tacgia}: each person as the webapps show them, by full name in
 * Vietnamese order and unit ({@link PersonNames}), for Camunda's webapps, which know people by login id (Tasklist's
 * header and a task's history: app/cchc/ten-nguoi.js). Any logged-in person may ask: everyone in the department
 * already reads its staff's names (docs/security.md); an id that names nobody comes back as it is, without a unit.
 */
@RestController
class PeopleApi {

    /** The most ids one question may carry; a page shows far fewer people at once. */
    static final int MOST_IDS = 100;

    private final PersonNames names;

    PeopleApi(PersonNames names) {
        this.names = names;
    }

    /** One person: {@code shown} is what a page writes, "Nguyễn Thị Lan (Văn phòng Sở)". */
    record Person(String id, String name, String unit, String shown) {
    }

    @GetMapping(ApiAuthenticationFilter.PEOPLE_API)
    List<Person> people(@RequestParam(name = "id") List<String> ids) {
        List<String> distinct = ids.stream().filter(id -> id != null && !id.isBlank()).distinct().toList();
        if (distinct.size() > MOST_IDS) {
            throw new InvalidInputException("Mỗi lần chỉ hỏi được tối đa " + MOST_IDS + " người.");
        }
        return distinct.stream().map(id -> new Person(id, names.fullName(id), names.unitNameOf(id), names.withUnit(id))).toList();
    }
}
