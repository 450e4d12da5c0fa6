package cyd.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import cyd.authority.Authority;
import cyd.idea.Idea;
import cyd.prompt.Prompt;
import cyd.support.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Propose an idea and back another with the keyboard alone (Tab, Shift+Tab, Enter, Space): every
 * control is reachable, focus is always visible, and the error summary takes focus.
 */
@QuarkusTest
@RequiresChromium
class KeyboardJourneyTest {

    @TestHTTPResource("/")
    URL base;

    private final List<String> invisibleFocus = new ArrayList<>();

    @Test
    void proposeAndBackWithTheKeyboardAlone() {
        Authority council = Fixtures.authority(true);
        Prompt prompt = Fixtures.openPrompt(council);
        Idea other = Fixtures.idea(prompt, Fixtures.resident(), "Community fridge");
        String email = Fixtures.resident().email;

        try (Chrome chrome = Chrome.open(base.toString(), 1280, 900)) {
            // Sign in by keyboard.
            chrome.go("/en/sign-in");
            tabTo(chrome, "input#email");
            keys(chrome, email, Keys.TAB, Fixtures.PASSWORD, Keys.ENTER);
            chrome.waitForText("Sign out");

            chrome.go("/en/" + council.slug + "/prompts/" + prompt.id);
            // The skip link comes first.
            keys(chrome, Keys.TAB);
            assertTrue(chrome.focused().contains("govuk-skip-link"), chrome.focused());
            tabTo(chrome, "a.govuk-button--start");
            keys(chrome, Keys.ENTER);
            chrome.waitForPath("/ideas/new");

            tabTo(chrome, "input#title");
            keys(chrome, "Seed swap at the market");
            tabTo(chrome, "button[type=submit]");
            keys(chrome, Keys.ENTER);
            chrome.waitForText("There is a problem");
            assertTrue(chrome.focused().contains("govuk-error-summary"), "error summary focused: " + chrome.focused());
            chrome.screenshot("keyboard-1-error-summary");

            // The summary's link takes focus to the field.
            tabTo(chrome, "a[href='#description']");
            keys(chrome, Keys.ENTER);
            assertEquals("textarea#description.govuk-textarea.govuk-textarea--error", chrome.focused());
            keys(chrome, "Bring seeds, take seeds, every first Saturday.");
            // Back up once with Shift+Tab and forward again, as people do.
            new Actions(chrome.driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
            assertEquals("input#title.govuk-input", chrome.focused());
            tabTo(chrome, "button[type=submit]");
            keys(chrome, Keys.ENTER);
            chrome.waitForText("Your idea has been published.");

            // Back to the question, to the other idea, and back it with Space.
            tabTo(chrome, "a.govuk-back-link");
            keys(chrome, Keys.ENTER);
            chrome.waitForPath("/prompts/" + prompt.id);
            tabTo(chrome, "a[href$='/ideas/" + other.id + "']");
            keys(chrome, Keys.ENTER);
            chrome.waitForPath("/ideas/" + other.id);
            tabTo(chrome, "form[action$='/back'] button");
            keys(chrome, Keys.SPACE);
            chrome.waitForText("You now back this idea.");
            chrome.screenshot("keyboard-2-backed");
        }
        assertEquals(1, Fixtures.reload(other).backingCount);
        assertEquals(List.of(), invisibleFocus, "elements that took focus without showing it");
    }

    private void keys(Chrome chrome, CharSequence... keys) {
        new Actions(chrome.driver).sendKeys(keys).perform();
    }

    /** Presses Tab until the element matching the selector has focus, checking focus shows at each stop. */
    private void tabTo(Chrome chrome, String css) {
        for (int i = 0; i < 60; i++) {
            keys(chrome, Keys.TAB);
            if (!chrome.focusIsVisible()) {
                invisibleFocus.add(chrome.path() + " " + chrome.focused());
            }
            if (Boolean.TRUE.equals(chrome.js("return document.activeElement.matches(arguments[0]);", css))) {
                return;
            }
        }
        fail("Tab never reached " + css + " on " + chrome.path());
    }
}
