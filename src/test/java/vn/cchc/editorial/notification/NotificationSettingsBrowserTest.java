package vn.cchc.editorial.notification;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.editorial.Browser;
import vn.cchc.editorial.BrowserTest;
import vn.cchc.editorial.Tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.editorial.Browser.withText;

/**
 * A person's notification settings in a real browser: one click from Tasklist's header, a kind switched
 * off and the address changed, a wrong address refused in Vietnamese with nothing saved; on a phone too.
 */
@BrowserTest
class NotificationSettingsBrowserTest {

    static final String USER = "tt.tacgia";
    /** How the page names USER: full name in Vietnamese order and unit, never the login id (identity/PersonNames). */
    static final String PERSON = "Phạm Thị Hoa (Thanh tra Sở)";

    @LocalServerPort
    int port;
    @Autowired
    NotificationSettings settings;
    @Autowired
    IdentityService identity;

    Browser browser;

    @AfterEach
    void asShipped() {
        if (browser != null) browser.close();
        settings.set(USER, NotificationKind.APPROVED, true);
        User user = identity.createUserQuery().userId(USER).singleResult();
        user.setEmail(USER + "@demo.cchc.local");
        identity.saveUser(user);
    }

    @Test
    void aPersonSwitchesAKindOffAndChangesTheAddressFromTasklist() {
        browser = Browser.open(port);
        new Tasklist(browser).logIn(USER);
        browser.click(By.cssSelector("li.cchc-cai-dat a"));
        browser.visible(withText("h2", "Thông báo qua e-mail của " + PERSON));
        assertThat(browser.visible(By.id("email")).getDomProperty("value")).isEqualTo(USER + "@demo.cchc.local");
        assertThat(browser.all(By.cssSelector("input[name='kinds']:checked"))).hasSize(NotificationKind.values().length);
        browser.screenshot("settings-desktop");

        browser.click(By.id("kind-approved"));
        browser.visible(By.id("email")).clear();
        browser.type(By.id("email"), "hoa.pham@soctrang.example");
        browser.click(withText("button", "Lưu cài đặt"));
        browser.visible(withText("p", "Đã lưu cài đặt thông báo."));
        assertThat(settings.enabled(USER, NotificationKind.APPROVED)).isFalse();
        assertThat(identity.createUserQuery().userId(USER).singleResult().getEmail()).isEqualTo("hoa.pham@soctrang.example");
        assertThat(browser.visible(By.id("kind-approved")).isSelected()).isFalse();

        // a wrong address: said on the page, and nothing of the form saved
        browser.click(By.id("kind-rejected"));
        browser.visible(By.id("email")).clear();
        browser.type(By.id("email"), "hoa.pham@");
        browser.click(withText("button", "Lưu cài đặt"));
        browser.visible(withText("p", "Địa chỉ e-mail \"hoa.pham@\" không hợp lệ. Hãy ghi một địa chỉ, ví dụ ten.nguoidung@soctrang.gov.vn."));
        assertThat(browser.visible(By.id("email")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(settings.enabled(USER, NotificationKind.REJECTED)).isTrue();
        assertThat(identity.createUserQuery().userId(USER).singleResult().getEmail()).isEqualTo("hoa.pham@soctrang.example");
        assertThat(browser.text()).doesNotContain("Exception", "Bad Request");
        browser.screenshot("settings-refused");

        browser.click(withText("a", "« Về Tasklist"));
        browser.visible(By.cssSelector("li.cchc-cai-dat"));
    }

    @Test
    void thePageFitsAPhone() {
        browser = Browser.phone(port);
        Tasklist.logInOnAPhone(browser, USER);
        browser.click(By.cssSelector("li.cchc-cai-dat a"));
        browser.visible(withText("h2", "Thông báo qua e-mail của " + PERSON));
        assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways page scroll").isEqualTo(true);
        browser.screenshot("settings-phone");
    }
}
