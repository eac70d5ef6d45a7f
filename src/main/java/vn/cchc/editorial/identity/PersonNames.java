package vn.cchc.editorial.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.system.EngineUsers;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one place that turns a user id into the person people see: "Nguyễn Thị Lan (Văn phòng Sở)".
 *
 * <p>How a Vietnamese name sits in Camunda's user: {@code firstName} holds the họ and tên đệm ("Nguyễn
 * Thị"), {@code lastName} the tên ("Lan"). Camunda's webapps write "firstName lastName" (Tasklist's
 * header, its task lists' assignee, Admin), which is then the Vietnamese order "Nguyễn Thị Lan", and a
 * list sorted by {@code lastName} is sorted by tên, as Vietnamese lists are (docs/security.md, "Names").
 *
 * <p>The unit is the person's first group, in the plan files' order, that is a unit of a plan; a person
 * in none (an administrator) is shown without one. A user id that names nobody is shown as it is, so a
 * deleted account's old items still say who wrote them. Reads without the current person's permissions:
 * showing who wrote or holds an item needs no right to list users.
 */
@Component
public class PersonNames {

    private final IdentityService identity;
    private final UnitGroups units;

    public PersonNames(IdentityService identity, UnitGroups units) {
        this.identity = identity;
        this.units = units;
    }

    /** "Nguyễn Thị Lan": the full name in Vietnamese order; the user id when the account has no name or is gone; "" for null. */
    public String fullName(String userId) {
        if (userId == null) {
            return "";
        }
        User user = EngineUsers.readWithoutAuthorization(identity,
                () -> identity.createUserQuery().userId(userId).singleResult());
        return user == null ? userId : fullName(user);
    }

    /** The full name of an account already read, as {@link #fullName(String)} gives it, without reading it again. */
    public String fullName(User user) {
        return fullName(user.getFirstName(), user.getLastName(), user.getId());
    }

    /** "Nguyễn Thị Lan (Văn phòng Sở)": the full name and the person's unit; the name alone for someone in no unit. */
    public String withUnit(String userId) {
        if (userId == null) {
            return "";
        }
        String unit = unitNameOf(userId);
        return unit == null ? fullName(userId) : fullName(userId) + " (" + unit + ")";
    }

    /** The Vietnamese name of the person's unit, or null when they belong to no unit of any plan. */
    public String unitNameOf(String userId) {
        List<String> groups = EngineUsers.readWithoutAuthorization(identity,
                () -> identity.createGroupQuery().groupMember(userId).list()).stream().map(Group::getId).toList();
        Map<String, String> known = units.units();
        return known.keySet().stream().filter(groups::contains).findFirst().map(known::get).orElse(null);
    }

    /** {@code firstName} (họ, tên đệm) then {@code lastName} (tên), blanks left out; {@code otherwise} when both are blank. */
    static String fullName(String firstName, String lastName, String otherwise) {
        String name = Stream.of(firstName, lastName).filter(Objects::nonNull).map(String::strip)
                .filter(part -> !part.isEmpty()).collect(Collectors.joining(" "));
        return name.isEmpty() ? otherwise : name;
    }
}
