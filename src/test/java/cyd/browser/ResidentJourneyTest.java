package cyd.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import cyd.account.AccountMsg;
import cyd.authority.Authority;
import cyd.idea.Idea;
import cyd.idea.IdeaMsg;
import cyd.mail.MailMsg;
import cyd.prompt.Prompt;
import cyd.support.Fixtures;
import cyd.support.MailServer;
import cyd.web.Msg;
import cyd.web.Word;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A new resident's first visit, as they would make it: find their council's question, create an
 * account on the way, share an idea (getting it wrong first), back someone else's idea, change their
 * mind. In Welsh on a desktop, and in English on a phone and a desktop.
 */
@QuarkusTest
@RequiresChromium
class ResidentJourneyTest {

    @TestHTTPResource("/")
    URL base;

    @ParameterizedTest(name = "{0} at {1}px")
    @CsvSource({ "cy, 1280", "en, 375", "en, 1280" })
    void aNewResidentSharesAnIdeaAndBacksAnother(String lang, int width) {
        Authority council = Fixtures.authority(true);
        Prompt prompt = Fixtures.openPrompt(council);
        Idea other = Fixtures.idea(prompt, Fixtures.resident(), "Repair café in the library");
        String shot = "resident-" + lang + "-" + width + "-";

        try (Chrome chrome = Chrome.open(base.toString(), width, 900)) {
            // The council list, then the council, then its question.
            chrome.go("/" + lang);
            assertEquals(lang, chrome.js("return document.documentElement.lang;"));
            chrome.click(By.linkText(council.name(lang)));
            chrome.screenshot(shot + "1-council");
            chrome.click(By.linkText(prompt.title(lang)));
            assertThat(chrome.find("h1").getText(), containsString(prompt.title(lang)));
            chrome.screenshot(shot + "2-question");

            // Sharing needs an account: sign in page, then create one, then straight back to the form.
            chrome.click(By.partialLinkText(say(lang, IdeaMsg::shareYourIdea)));
            assertThat(chrome.path(), startsWith("/" + lang + "/sign-in"));
            chrome.click(By.linkText(say(lang, AccountMsg::createAccount)));
            String email = Fixtures.unique("journey") + "@example.org";
            chrome.type("email", email).type("displayName", "Siân").type("password", "bara brith a phaned");
            chrome.screenshot(shot + "3-sign-up");
            chrome.click("main button[type=submit]");
            // The account page asks them to confirm their address; the link in the email brings them back.
            assertEquals("/" + lang + "/account?notice=verify_sent", chrome.path());
            assertThat(chrome.find(".govuk-notification-banner").getText(), containsString(say(lang, AccountMsg::noticeVerifySent)));
            chrome.go(MailServer.await(email, say(lang, MailMsg::mailVerifySubject)).link("/account/verify?token="));
            assertEquals("/" + lang + "/" + council.slug + "/prompts/" + prompt.id + "/ideas/new", chrome.path());

            // A mistake first: no description.
            chrome.type("title", "Tool library in the community centre");
            chrome.click("main button[type=submit]");
            WebElement summary = chrome.find(".govuk-error-summary");
            assertThat(summary.getText(), containsString(say(lang, Msg::thereIsAProblem)));
            assertThat(summary.getText(), containsString(say(lang, IdeaMsg::ideaDescriptionRequired)));
            assertEquals("Tool library in the community centre", chrome.find("#title").getAttribute("value"),
                    "what was typed is kept");
            assertTrue(chrome.focused().contains("govuk-error-summary"), "the error summary has focus: "
                    + chrome.focused());
            assertThat(chrome.driver.getTitle(), startsWith(say(lang, Msg::errorPrefix)));
            assertEquals(List.of(), chrome.accessibilityViolations());
            chrome.screenshot(shot + "4-idea-errors");

            // Corrected.
            chrome.type("description", "Lend drills, ladders and garden tools, run by volunteers on Saturdays.");
            chrome.click("main button[type=submit]");
            // A step before sharing: an idea on this question shares its words ("library").
            assertThat(chrome.find(".cyd-similar").getText(), containsString(say(lang, IdeaMsg::similarTitle)));
            assertThat(chrome.find(".cyd-similar").getText(), containsString(other.title));
            assertEquals("Tool library in the community centre", chrome.find("#title").getAttribute("value"));
            assertEquals(List.of(), chrome.accessibilityViolations());
            chrome.screenshot(shot + "5-already-here");
            chrome.click(By.xpath("//button[normalize-space()=\"" + say(lang, IdeaMsg::shareAnyway) + "\"]"));
            assertThat(chrome.text(), containsString(say(lang, IdeaMsg::noticeProposed)));
            assertThat(chrome.find("h1").getText(), containsString("Tool library in the community centre"));
            chrome.screenshot(shot + "6-idea-shared");

            // Back another idea, then withdraw.
            chrome.click(By.cssSelector(".govuk-back-link"));
            chrome.click(By.linkText(other.title));
            chrome.click(By.xpath("//button[normalize-space()=\"" + say(lang, IdeaMsg::backThisIdea) + "\"]"));
            assertThat(chrome.text(), containsString(say(lang, IdeaMsg::noticeBacked)));
            assertEquals("1", chrome.find(".cyd-backing__number").getText());
            assertEquals(List.of(), chrome.accessibilityViolations());
            chrome.screenshot(shot + "7-backed");
            chrome.click(By.xpath("//button[normalize-space()=\"" + say(lang, IdeaMsg::withdrawBacking) + "\"]"));
            assertThat(chrome.text(), containsString(say(lang, IdeaMsg::noticeWithdrawn)));
            assertEquals("0", chrome.find(".cyd-backing__number").getText());
        }
        assertEquals(0, Fixtures.reload(other).backingCount);
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Idea.count("promptId", prompt.id)) - 1);
    }

    /** A message of Cyd's in a language, as a person reads it on the page. */
    private static <B> String say(String lang, Word.Ref<B> message) {
        return Word.of(message).in(lang);
    }
}
