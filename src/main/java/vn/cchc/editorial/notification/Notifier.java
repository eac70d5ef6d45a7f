package vn.cchc.editorial.notification;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.identity.PersonNames;
import vn.cchc.editorial.system.EngineUsers;
import vn.cchc.editorial.system.Mail;
import vn.cchc.editorial.system.MailOutbox;
import vn.cchc.editorial.system.MailTemplates;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records one e-mail of a kind per person it concerns, in the transaction of the event (system/MailOutbox):
 * to the address of the person's Camunda account, unless the person switched the kind off. A person without
 * a valid address is skipped, and logged once (per node and address) so the log does not fill with it.
 * The message id is the kind, the event and the person, so an event recorded twice mails nobody twice.
 */
@Component
class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);
    static final String TEMPLATE = "notification";

    private final IdentityService identity;
    private final PersonNames names;
    private final NotificationSettings settings;
    private final MailOutbox outbox;
    private final MailTemplates templates;
    private final String baseUrl;
    private final String tasklist;
    private final Set<String> toldWithoutAddress = ConcurrentHashMap.newKeySet();

    Notifier(IdentityService identity, PersonNames names, NotificationSettings settings, MailOutbox outbox, MailTemplates templates,
             @Value("${cchc.notification.base-url}") String baseUrl,
             @Value("${camunda.bpm.webapp.application-path:/camunda}") String camundaPath) {
        this.identity = identity;
        this.names = names;
        this.settings = settings;
        this.outbox = outbox;
        this.templates = templates;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.tasklist = this.baseUrl + camundaPath + "/app/tasklist/default/";
    }

    /** What a notification says: the item (code, title) or the task it is about, and where to go. */
    record Facts(String itemCode, String itemTitle, String taskName, String channelName, String comment, String link) {
    }

    /** Tasklist, opened on the task. */
    String taskLink(String taskId) {
        return tasklist + "#/?task=" + taskId;
    }

    String tasklistLink() {
        return tasklist;
    }

    String settingsLink() {
        return baseUrl + SettingsPage.PATH;
    }

    /**
     * One e-mail of this kind to each of these people who has not switched it off and has a valid address; the
     * people and their settings read in one query each, however many they are.
     */
    void notify(NotificationKind kind, String eventKey, Collection<String> userIds, Facts facts) {
        Set<String> ids = new LinkedHashSet<>(userIds);
        ids.remove(null);
        ids.removeAll(settings.switchedOff(ids, kind));
        if (ids.isEmpty()) {
            return;
        }
        Map<String, User> users = new HashMap<>();
        EngineUsers.readWithoutAuthorization(identity, () -> identity.createUserQuery().userIdIn(ids.toArray(String[]::new)).list())
                .forEach(user -> users.put(user.getId(), user));
        for (String userId : ids) {
            User user = users.get(userId);
            if (user == null) {
                continue;
            }
            if (!EmailAddresses.isValid(user.getEmail())) {
                if (toldWithoutAddress.add(userId + "|" + user.getEmail())) {
                    log.warn("No valid e-mail address for {}: {} e-mails to them are skipped", userId, kind.code());
                }
                continue;
            }
            Map<String, Object> variables = new HashMap<>();
            variables.put("kind", kind.code());
            variables.put("person", names.fullName(user));
            variables.put("facts", facts);
            variables.put("args", new Object[]{facts.itemCode(), facts.itemTitle(), facts.taskName(), facts.channelName()});
            variables.put("settingsLink", settingsLink());
            MailTemplates.Rendered content = templates.render(TEMPLATE, variables);
            outbox.record(new Mail(kind.code() + ":" + eventKey + ":" + userId, user.getEmail(), content));
        }
    }

    /** The members of these groups, and these users. */
    Set<String> peopleOf(Collection<String> groups, Collection<String> users) {
        Set<String> people = new LinkedHashSet<>(users);
        for (String group : groups) {
            EngineUsers.readWithoutAuthorization(identity, () -> identity.createUserQuery().memberOfGroup(group).list())
                    .forEach(user -> people.add(user.getId()));
        }
        return people;
    }
}
