package vn.cchc.editorial;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A headless Chromium that one test drives as a person would, through the system's chromedriver
 * (Debian's chromium and chromium-driver). Selenium is handed both paths, so its Selenium Manager never
 * looks for, let alone downloads, a browser or a driver; a missing browser fails the test.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(System.getProperty("cchc.test.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("cchc.test.chromedriver", "/usr/bin/chromedriver"));
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** The shared build machine is slow at times; an Angular app on a cold JVM needs a while. */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;
    private final WebDriverWait wait;

    private Browser(int port, ChromeOptions options) throws IOException {
        for (Path executable : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(executable)) {
                throw new IllegalStateException(executable + " is missing: the browser tests need Debian's chromium and "
                        + "chromium-driver (apt-get install chromium chromium-driver), see README.md");
            }
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        this.profile = Files.createTempDirectory("cchc-chromium-");
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        this.base = "http://localhost:" + port;
        this.wait = new WebDriverWait(driver, PATIENCE) {
            @Override
            protected RuntimeException timeoutException(String message, Throwable lastException) {
                return super.timeoutException(message + diagnosis(), lastException);
            }
        };
    }

    /**
     * What a wait that ran out found, beside its own condition: the page's address and state, the last resources it
     * loaded, and what this JVM's request threads were doing then (a test's server runs in the test's JVM), so that a
     * page that never became ready names the request it waited for.
     */
    private String diagnosis() {
        StringBuilder found = new StringBuilder("\n");
        try {
            found.append("page: ").append(script("return location.href + ' (' + document.readyState + '); last resources: '"
                    + " + performance.getEntriesByType('resource').slice(-8).map(r => r.name.replace(location.origin, '')"
                    + " + ' ' + Math.round(r.duration) + ' ms').join(', ')")).append('\n');
        } catch (RuntimeException e) {
            found.append("page: unreadable (").append(e.getClass().getSimpleName()).append(")\n");
        }
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            boolean idle = stack.length == 0 || List.of(stack).stream().anyMatch(frame ->
                    frame.getClassName().endsWith("TaskQueue") || frame.getClassName().contains("NioEndpoint$Poller")
                            || frame.getClassName().contains("Acceptor"));
            if (thread.getName().startsWith("http-nio-") && !idle) {
                found.append("request thread ").append(thread.getName()).append(" (").append(thread.getState()).append("):\n");
                for (int i = 0; i < Math.min(stack.length, 40); i++) {
                    found.append("    at ").append(stack[i]).append('\n');
                }
            }
        });
        return found.toString();
    }

    /** A desktop window of 1280 x 900. */
    public static Browser open(int port) {
        return start(port, new ChromeOptions().addArguments("--window-size=1280,900"));
    }

    /** A phone: 390 x 844 CSS pixels at twice the density, with a phone's user agent and touch. */
    public static Browser phone(int port) {
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("mobileEmulation", Map.of(
                "deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 2.0, "touch", true, "mobile", true),
                "userAgent", "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                        + "Chrome/126.0 Mobile Safari/537.36"));
        return start(port, options);
    }

    private static Browser start(int port, ChromeOptions options) {
        try {
            return new Browser(port, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sets the time zone the page's JavaScript sees (Chrome DevTools' Emulation.setTimezoneOverride), as a
     * computer set to that zone would have it; holds for this window's next pages.
     */
    public Browser inTimeZone(java.time.ZoneId zone) {
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zone.getId()));
        return this;
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void gone(By by) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /**
     * Clicks as a person would, once the element is in the middle of the screen (never under a footer). The
     * element is found again if the page re-renders it in between (Tasklist redraws its lists as they load).
     */
    public void click(By by) {
        wait.ignoring(StaleElementReferenceException.class).ignoring(ElementClickInterceptedException.class).until(d -> {
            WebElement element = d.findElement(by);
            script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
            if (!element.isDisplayed() || !element.isEnabled()) {
                return false;
            }
            element.click();
            return true;
        });
    }

    public void type(By by, String text) {
        WebElement element = visible(by);
        script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.clear();
        element.sendKeys(text);
    }

    /** What the page says, as a person reads it. */
    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** Whether the element is wholly inside the window, where a person sees it without scrolling. */
    public boolean isInView(By by) {
        return (Boolean) script("const r = arguments[0].getBoundingClientRect();"
                + "return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;", visible(by));
    }

    public boolean alertIsOpen() {
        try {
            driver.switchTo().alert();
            return true;
        } catch (NoAlertPresentException e) {
            return false;
        }
    }

    /** Saves target/screenshots/{name}.png and answers its path. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriverWait waiting() {
        return wait;
    }

    /** An XPath literal for any text, quotes included. */
    public static String literal(String text) {
        if (!text.contains("'")) return "'" + text + "'";
        if (!text.contains("\"")) return "\"" + text + "\"";
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    /** An element of the given tag whose whole visible text is {@code text}. */
    public static By withText(String tag, String text) {
        return By.xpath("//" + tag + "[normalize-space()=" + literal(text) + "]");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }
}
