package cyd.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import cyd.authority.Authority;
import cyd.idea.Idea;
import cyd.prompt.Prompt;
import cyd.support.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** A council's page with the embed code pasted in, in a real Chromium: the frame appears and fits its content. */
@QuarkusTest
@RequiresChromium
class EmbedBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void theLoaderInsertsTheQuestionAndResizesItToItsContent() throws InterruptedException {
        Authority council = Fixtures.authority(true);
        Prompt prompt = Fixtures.openPrompt(council);
        Fixtures.idea(prompt, Fixtures.resident(), "Seed swap at the market");
        Fixtures.idea(prompt, Fixtures.resident(), "Repair café");
        String embed = "/embed/cy/" + council.slug + "/prompts/" + prompt.id;

        try (Chrome chrome = Chrome.open(base.toString(), 1024, 900)) {
            chrome.go("/test-only/embed-host?src=" + embed);
            String height = "480px";
            for (int i = 0; i < 50 && "480px".equals(height); i++) {
                Thread.sleep(100);
                height = String.valueOf(chrome.js(
                        "var f = document.querySelector('#cyd iframe'); return f ? f.style.height : '480px';"));
            }
            assertTrue(!"480px".equals(height), "the frame was resized to its content, not left at 480px");
            int pixels = Integer.parseInt(height.replace("px", ""));
            assertTrue(pixels > 150 && pixels < 900, "a sensible height: " + height);
            assertEquals("Our question", chrome.js("return document.querySelector('#cyd iframe').title;"));
            chrome.screenshot("embed-host");

            chrome.driver.switchTo().frame(chrome.find("#cyd iframe"));
            assertThat(chrome.find("h1").getText(), containsString("Beth hoffech chi ei wneud gyda ni"));
            List<WebElement> links = chrome.all("a");
            assertTrue(links.stream().allMatch(a -> "_blank".equals(a.getAttribute("target"))),
                    "every action opens Cyd in a new tab");
            assertEquals(List.of(), chrome.accessibilityViolations(), "the embedded question meets WCAG 2.2 AA");
            chrome.driver.switchTo().defaultContent();
        }
    }

    /**
     * WordPress, for a site it does not already trust, frames the question sandboxed to scripts alone (no new tabs,
     * no top navigation) and resizes or follows links only on its own messages. On a council's WordPress site of its
     * own origin, in Chromium: the frame is resized by WordPress's script, a link opens Cyd's page in the window,
     * nothing in it sets a cookie; a council that has not listed the site is refused; a question taken down shows a
     * message inside the frame.
     */
    @Test
    void insideWordPressSandboxTheQuestionFitsAndItsLinksOpenCyd() throws InterruptedException {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        org.junit.jupiter.api.Assumptions.assumeTrue(WordPress.available() || ci, "WORDPRESS CHECK SKIPPED: no "
                + WordPress.embedScript() + "; apt-get download wordpress and unpack it (as .ci/run does), or set CYD_WP_EMBED_JS");
        assertTrue(WordPress.available(), "WordPress's wp-embed.js is needed in CI: " + WordPress.embedScript());
        Authority council = Fixtures.authority(true);
        Prompt prompt = Fixtures.openPrompt(council);
        Idea idea = Fixtures.idea(prompt, Fixtures.resident(), "Seed swap at the market");
        Authority unlisted = Fixtures.authority(true);
        Prompt elsewhere = Fixtures.openPrompt(unlisted);
        String cyd = base.toString().replaceAll("/$", "");

        try (CouncilSite site = new CouncilSite(); Chrome chrome = Chrome.open(cyd, 1024, 900)) {
            io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> io.quarkus.hibernate.orm.panache.Panache
                    .getEntityManager().createNativeQuery("INSERT INTO embed_site (authority_id, origin) VALUES (?1, ?2)")
                    .setParameter(1, council.id).setParameter(2, site.origin()).executeUpdate());

            chrome.go(site.postFraming(cyd + "/embed/en/" + council.slug + "/prompts/" + prompt.id));
            int height = frameHeightOnceResized(chrome);
            assertTrue(height >= 200 && height <= 1000 && height != 338,
                    "WordPress resized the frame to the question's height on its message: " + height);
            chrome.screenshot("embed-wordpress");
            @SuppressWarnings("unchecked")
            List<java.util.Map<String, Object>> cookies = (List<java.util.Map<String, Object>>) chrome.driver
                    .executeCdpCommand("Network.getAllCookies", java.util.Map.of()).get("cookies");
            assertEquals(List.of(), cookies.stream().filter(c -> !String.valueOf(c.get("domain")).contains("127.0.0.1"))
                    .toList(), "nothing the embedded question loads sets a cookie");

            chrome.driver.switchTo().frame(chrome.find("iframe.wp-embedded-content"));
            chrome.find("a.cyd-embed__idea-title").click();
            chrome.driver.switchTo().defaultContent();
            String ideaPage = cyd + "/en/" + council.slug + "/ideas/" + idea.id;
            for (int i = 0; i < 50 && !chrome.driver.getCurrentUrl().startsWith(ideaPage); i++) {
                Thread.sleep(100);
            }
            assertEquals(ideaPage, chrome.driver.getCurrentUrl(), "the link opened Cyd's page in the window");

            chrome.go(site.postFraming(cyd + "/embed/en/" + unlisted.slug + "/prompts/" + elsewhere.id));
            Thread.sleep(3000);
            assertEquals("338", chrome.find("iframe.wp-embedded-content").getAttribute("height"),
                    "a council that has not listed this site: the browser refuses to draw its question here");

            chrome.go(site.postFraming(cyd + "/embed/en/" + council.slug + "/prompts/" + (prompt.id + 100000)));
            assertTrue(frameHeightOnceResized(chrome) != 338, "a missing question still fits its frame");
            chrome.driver.switchTo().frame(chrome.find("iframe.wp-embedded-content"));
            assertEquals("This question is not here", chrome.find("h1").getText());
            chrome.driver.switchTo().defaultContent();
        }
    }

    private static int frameHeightOnceResized(Chrome chrome) throws InterruptedException {
        String height = "338";
        for (int i = 0; i < 50 && "338".equals(height); i++) {
            Thread.sleep(100);
            height = chrome.find("iframe.wp-embedded-content").getAttribute("height");
        }
        return Integer.parseInt(height);
    }
}
