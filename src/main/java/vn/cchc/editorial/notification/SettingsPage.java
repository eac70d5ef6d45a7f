package vn.cchc.editorial.notification;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cchc.editorial.identity.PersonNames;
import vn.cchc.editorial.system.ApiAuthenticationFilter;
import vn.cchc.editorial.system.EngineUsers;
import vn.cchc.editorial.system.InvalidInputException;

import java.util.List;

/**
 * A person's notification settings as a page of the product (templates/settings/notifications.html), in
 * the portal's layout, for any logged-in person (system/ApiAuthenticationFilter); "Thông báo" in
 * Tasklist's header leads here. A wrong address is shown on the page in Vietnamese and nothing is saved;
 * a kind that does not exist is refused 400.
 */
@Controller
class SettingsPage {

    static final String PATH = ApiAuthenticationFilter.SETTINGS_PAGE;
    static final String TITLE = "Cài đặt thông báo qua e-mail";
    static final String SAVED = "Đã lưu cài đặt thông báo.";

    private static final Logger log = LoggerFactory.getLogger(SettingsPage.class);

    private final PersonalSettings settings;
    private final IdentityService identity;
    private final PersonNames names;

    SettingsPage(PersonalSettings settings, IdentityService identity, PersonNames names) {
        this.settings = settings;
        this.identity = identity;
        this.names = names;
    }

    @GetMapping(PATH)
    String show(Model model, HttpSession session) {
        return page(model, session, settings.of(EngineUsers.currentUser(identity)), null, null);
    }

    @PostMapping(PATH)
    String save(@RequestParam(defaultValue = "") String email, @RequestParam(name = "kinds", required = false) List<String> kinds,
                Model model, HttpSession session, HttpServletResponse response) {
        String user = EngineUsers.currentUser(identity);
        List<String> chosen = kinds == null ? List.of() : kinds;
        chosen.forEach(PersonalSettings::kind); // a kind that does not exist: 400, as the API answers it
        try {
            settings.save(user, email, chosen);
        } catch (InvalidInputException refused) {
            log.info("Refused notification settings of {}: {}", user, refused.getProblems());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            PersonalSettings.View current = settings.of(user);
            // what the person typed and chose stays on the page, to correct
            List<PersonalSettings.Kind> asChosen = current.kinds().stream()
                    .map(k -> new PersonalSettings.Kind(k.code(), k.label(), chosen.contains(k.code()))).toList();
            return page(model, session, new PersonalSettings.View(user, email, asChosen), null, refused.getProblems());
        }
        return page(model, session, settings.of(user), SAVED, null);
    }

    private String page(Model model, HttpSession session, PersonalSettings.View view, String saved, List<String> problems) {
        model.addAttribute("settings", view);
        model.addAttribute("person", names.withUnit(view.userId()));
        model.addAttribute("saved", saved);
        model.addAttribute("problems", problems);
        model.addAttribute("csrfField", ApiAuthenticationFilter.CSRF_FIELD);
        model.addAttribute("csrfToken", ApiAuthenticationFilter.csrfToken(session));
        model.addAttribute("portalTitle", TITLE);
        model.addAttribute("siteHome", PATH);
        model.addAttribute("siteTagline", "Thông báo của hệ thống duyệt tin bài CCHC gửi đến anh/chị");
        return "settings/notifications";
    }
}
