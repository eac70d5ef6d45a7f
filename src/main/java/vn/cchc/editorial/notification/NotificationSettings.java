package vn.cchc.editorial.notification;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Each person's notification kinds, on unless switched off (table {@code notification_setting}). */
@Component
public class NotificationSettings {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    NotificationSettings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    public boolean enabled(String userId, NotificationKind kind) {
        return jdbc.queryForList("select enabled from notification_setting where user_id = ? and kind = ?",
                Boolean.class, userId, kind.name()).stream().findFirst().orElse(true);
    }

    /**
     * Of these people, those who switched this kind off, read in one query whatever their number (a group's
     * members get one e-mail each of a task offered to the group).
     */
    public Set<String> switchedOff(Collection<String> userIds, NotificationKind kind) {
        if (userIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(named.queryForList(
                "select user_id from notification_setting where user_id in (:users) and kind = :kind and enabled = false",
                Map.of("users", userIds, "kind", kind.name()), String.class));
    }

    /** Every kind with whether the person gets it, in the kinds' order. */
    public Map<NotificationKind, Boolean> of(String userId) {
        Map<NotificationKind, Boolean> settings = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            settings.put(kind, true);
        }
        jdbc.query("select kind, enabled from notification_setting where user_id = ?", (RowCallbackHandler) rs -> {
            boolean enabled = rs.getBoolean("enabled");
            NotificationKind.ofCode(rs.getString("kind").toLowerCase().replace('_', '-'))
                    .ifPresent(kind -> settings.put(kind, enabled));
        }, userId);
        return settings;
    }

    @Transactional
    public void set(String userId, NotificationKind kind, boolean enabled) {
        if (jdbc.update("update notification_setting set enabled = ? where user_id = ? and kind = ?", enabled, userId, kind.name()) == 0) {
            jdbc.update("insert into notification_setting (user_id, kind, enabled) values (?, ?, ?)", userId, kind.name(), enabled);
        }
    }
}
