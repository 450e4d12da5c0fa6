package cyd.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium from the Debian packages, driven through chromedriver, with the page checks
 * every browser test uses: axe-core for WCAG 2.2 AA, screenshots, and focus.
 */
public final class Chrome implements AutoCloseable {

    /** axe-core rule tags for WCAG 2.0, 2.1 and 2.2, levels A and AA. */
    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a",
            "wcag22aa");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static String axeSource;

    public final ChromeDriver driver;
    private final String base;

    private Chrome(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    static String chromium() {
        return env("CYD_CHROMIUM", "/usr/bin/chromium");
    }

    static String chromedriver() {
        return env("CYD_CHROMEDRIVER", "/usr/bin/chromedriver");
    }

    static boolean available() {
        return Files.isExecutable(Path.of(chromium())) && Files.isExecutable(Path.of(chromedriver()));
    }

    /** A fresh browser (own profile, no cookies) of the given window width. */
    public static Chrome open(String baseUrl, int width, int height) {
        if (!available()) {
            throw new IllegalStateException("Chromium is needed for this test: apt-get install chromium chromium-driver");
        }
        try {
            Path profile = Files.createTempDirectory("cyd-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-extensions", "--disable-quic", "--lang=en-GB",
                    "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(chromedriver()).toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            driver.manage().window().setSize(new Dimension(width, height));
            return new Chrome(driver, baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Chrome go(String path) {
        driver.get(path.startsWith("http") ? path : base + path);
        return this;
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text() {
        return find("body").getText();
    }

    /** Waits (up to 10 s) for a page whose text contains this, as after a key press that submits. */
    public Chrome waitForText(String expected) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> d.findElement(By.tagName("body")).getText().contains(expected));
        return this;
    }

    /** Waits (up to 10 s) for something on the page to be shown, as after a script fills it in. */
    public Chrome waitForShown(String css) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> d.findElement(By.cssSelector(css)).isDisplayed());
        return this;
    }

    /** Waits (up to 10 s) for the address to contain this. */
    public Chrome waitForPath(String part) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains(part));
        return this;
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Fills a field by its id, as a person would type it. */
    public Chrome type(String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
        return this;
    }

    /** Clicks something that loads a new page, and waits for that page. */
    public Chrome click(String css) {
        return click(By.cssSelector(css));
    }

    public Chrome click(By by) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(by).click();
        // The old page is gone once asking about its root fails. Chromium says so either as a stale
        // element or, mid-navigation, as "node does not belong to the document": both mean gone.
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException e) {
                return true;
            }
        });
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        return this;
    }

    public Chrome signIn(String email, String password) {
        go("/en/sign-in");
        type("email", email).type("password", password);
        click("main button[type=submit]");
        return this;
    }

    /** Runs axe-core on the page as it is now; returns one line for each violation found. */
    @SuppressWarnings("unchecked")
    public List<String> accessibilityViolations() {
        js(axe());
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                        + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                        + " nodes: v.nodes.map(n => n.target.join(' ') + ' ' + n.html.substring(0, 160)).slice(0, 5)}))))"
                        + ".catch(e => done([{id: 'axe-error', impact: 'error', help: String(e), nodes: []}]));",
                WCAG_TAGS);
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            lines.add(v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " at " + v.get("nodes"));
        }
        return lines;
    }

    /** The visible text of the page without anything marked as English (residents' words, "English"). */
    public String textOutsideEnglish() {
        return (String) js("const c = document.body.cloneNode(true);"
                + "c.querySelectorAll('[lang]:not([lang=cy]), script, style, noscript').forEach(e => e.remove());"
                + "c.querySelectorAll('input, textarea').forEach(e => e.remove());"
                + "document.body.appendChild(c); c.style.position='absolute'; c.style.left='-99999px';"
                + "const t = c.innerText; c.remove(); return t;");
    }

    /** The element that has focus: its tag, id and classes, e.g. "a#x.govuk-link". */
    public String focused() {
        return (String) js("const e = document.activeElement; if (!e) return '';"
                + "return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined"
                + " ? '.' + e.className.trim().split(/\\s+/).join('.') : '');");
    }

    /** Whether the focused element shows it: an outline, a box shadow or the GOV.UK yellow. */
    public boolean focusIsVisible() {
        return Boolean.TRUE.equals(js("const e = document.activeElement; if (!e || e === document.body) return false;"
                + "const s = getComputedStyle(e);"
                + "return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && s.outlineColor !== 'rgba(0, 0, 0, 0)')"
                + " || s.boxShadow !== 'none' || s.backgroundColor === 'rgb(255, 221, 0)';"));
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            // Full page: grow the window to the document's height for the shot.
            Dimension size = driver.manage().window().getSize();
            long height = ((Number) js("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);"))
                    .longValue();
            driver.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(Math.max(height + 150, size.getHeight()), 6000)));
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
            driver.manage().window().setSize(size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static synchronized String axe() {
        if (axeSource == null) {
            try (InputStream in = Chrome.class.getClassLoader().getResourceAsStream("axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is not on the test class path");
                }
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
