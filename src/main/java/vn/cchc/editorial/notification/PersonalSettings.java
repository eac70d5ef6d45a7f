package vn.cchc.editorial.notification;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.editorial.system.EngineUsers;
import vn.cchc.editorial.system.InvalidInputException;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A person's own notification settings: the e-mail address of their Camunda account and the kinds they
 * get. Everything is checked before anything is written, and written in one transaction: a refusal saves
 * nothing.
 */
@Component
class PersonalSettings {

    static final String INVALID_EMAIL = "Địa chỉ e-mail \"%s\" không hợp lệ. Hãy ghi một địa chỉ, ví dụ ten.nguoidung@soctrang.gov.vn.";
    static final String UNKNOWN_KIND = "Không có loại thông báo \"%s\". Các loại thông báo: %s.";

    private final IdentityService identity;
    private final NotificationSettings settings;

    PersonalSettings(IdentityService identity, NotificationSettings settings) {
        this.identity = identity;
        this.settings = settings;
    }

    record Kind(String code, String label, boolean enabled) {
    }

    record View(String userId, String email, List<Kind> kinds) {
    }

    View of(String userId) {
        User user = user(userId);
        List<Kind> kinds = settings.of(userId).entrySet().stream()
                .map(e -> new Kind(e.getKey().code(), e.getKey().label(), e.getValue())).toList();
        return new View(userId, user == null ? "" : nullToEmpty(user.getEmail()), kinds);
    }

    /** The kind of this code, or a refusal (400) that lists the kinds there are. */
    static NotificationKind kind(String code) {
        return NotificationKind.ofCode(code).orElseThrow(() -> new InvalidInputException(UNKNOWN_KIND.formatted(code,
                Arrays.stream(NotificationKind.values()).map(NotificationKind::code).collect(Collectors.joining(", ")))));
    }

    static void requireValidEmail(String email) {
        if (!EmailAddresses.isValid(email)) {
            throw new InvalidInputException(INVALID_EMAIL.formatted(email == null ? "" : email));
        }
    }

    /** The address and the kinds switched on (every other kind off); refused whole if either is wrong. */
    @Transactional
    void save(String userId, String email, Collection<String> enabledCodes) {
        requireValidEmail(email);
        Map<NotificationKind, Boolean> chosen = new LinkedHashMap<>();
        Arrays.stream(NotificationKind.values()).forEach(kind -> chosen.put(kind, false));
        enabledCodes.forEach(code -> chosen.put(kind(code), true));
        setEmail(userId, email);
        chosen.forEach((kind, enabled) -> settings.set(userId, kind, enabled));
    }

    @Transactional
    void setEmail(String userId, String email) {
        requireValidEmail(email);
        // the person's own account, whatever Camunda's grants on user records say
        EngineUsers.asTheSystem(identity, () -> {
            User user = identity.createUserQuery().userId(userId).singleResult();
            user.setEmail(email);
            identity.saveUser(user);
            return null;
        });
    }

    void setKind(String userId, String code, boolean enabled) {
        settings.set(userId, kind(code), enabled);
    }

    private User user(String userId) {
        return EngineUsers.readWithoutAuthorization(identity, () -> identity.createUserQuery().userId(userId).singleResult());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
