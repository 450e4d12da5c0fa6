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
}
