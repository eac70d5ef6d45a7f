package vn.cchc.editorial.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/** The Camunda groups of the plan's units, the board and the administrators, created when missing. */
@Component
public class UnitGroups {

    static final Map<String, String> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put(Groups.CAMUNDA_ADMIN, "Quản trị hệ thống");
        GROUPS.put("van-phong", "Văn phòng Sở");
        GROUPS.put("phong-ttbcxb", "Phòng Thông tin – Báo chí – Xuất bản");
        GROUPS.put("phong-cds", "Phòng Chuyển đổi số");
        GROUPS.put("thanh-tra", "Thanh tra Sở");
        GROUPS.put("trung-tam-cns", "Trung tâm Công nghệ số");
        GROUPS.put("ban-bien-tap", "Ban Biên tập Cổng TTĐT của Sở");
        GROUPS.put("ban-giam-doc", "Ban Giám đốc Sở");
    }

    private final IdentityService identityService;
    private final AuthoringUnits authoringUnits;

    public UnitGroups(IdentityService identityService, AuthoringUnits authoringUnits) {
        this.identityService = identityService;
        this.authoringUnits = authoringUnits;
    }

    /** The Vietnamese name of a unit or group, or its code when it is not one of ours. */
    public String nameOf(String code) {
        return GROUPS.getOrDefault(code, code);
    }

    /** The groups above and every configured authoring unit (cchc.identity.authoring-units), when missing. */
    public void ensureGroups() {
        Map<String, String> groups = new LinkedHashMap<>(GROUPS);
        authoringUnits.units().forEach(unit -> groups.putIfAbsent(unit, unit));
        groups.forEach((id, name) -> {
            if (identityService.createGroupQuery().groupId(id).count() == 0) {
                Group group = identityService.newGroup(id);
                group.setName(name);
                group.setType(Groups.CAMUNDA_ADMIN.equals(id) ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW);
                identityService.saveGroup(group);
            }
        });
    }
}
