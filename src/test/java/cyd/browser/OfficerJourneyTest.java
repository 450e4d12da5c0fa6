package cyd.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import cyd.authority.Authority;
import cyd.prompt.Prompt;
import cyd.prompt.PromptStatus;
import cyd.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** An officer writes a question in both languages, previews it, publishes it and later closes it. */
@QuarkusTest
@RequiresChromium
class OfficerJourneyTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void anOfficerDraftsPreviewsPublishesAndClosesAQuestion() {
        Authority council = Fixtures.authority(true);
        String email = Fixtures.officer(council).email;
        LocalDate closes = LocalDate.now().plusDays(21);

        try (Chrome chrome = Chrome.open(base.toString(), 1280, 900)) {
            chrome.signIn(email, Fixtures.PASSWORD);
            chrome.go("/en/" + council.slug);
            chrome.click(By.linkText("Manage questions"));
            chrome.screenshot("officer-1-dashboard");
            chrome.click(By.linkText("Write a new question"));
            chrome.type("titleCy", "Beth hoffech chi ei wneud gyda ni i wella'r llyfrgell?")
                    .type("bodyCy", "Gallwn gynnig yr ystafell gymunedol am ddim.")
                    .type("titleEn", "What would you like to do with us to improve the library?")
                    .type("bodyEn", "We can offer the community room for free.")
                    .type("closesDay", Integer.toString(closes.getDayOfMonth()))
                    .type("closesMonth", Integer.toString(closes.getMonthValue()))
                    .type("closesYear", Integer.toString(closes.getYear()));
            chrome.screenshot("officer-2-write");
            chrome.click("main button[type=submit]");

            assertThat(chrome.find("h1").getText(), containsString("Check the question"));
            assertThat(chrome.text(), containsString("Draft"));
            assertThat(chrome.text(), containsString("wella'r llyfrgell"));
            assertEquals(List.of(), chrome.accessibilityViolations());
            chrome.screenshot("officer-3-preview");
            chrome.click(By.xpath("//button[normalize-space()='Publish']"));
            assertThat(chrome.text(), containsString("Open"));

            chrome.click(By.linkText("See the page residents see"));
            assertThat(chrome.find("h1").getText(), containsString("improve the library"));
            chrome.screenshot("officer-4-published");
            chrome.go("/cy/" + council.slug);
            assertThat(chrome.text(), containsString("Beth hoffech chi ei wneud gyda ni i wella'r llyfrgell?"));

            chrome.go("/en/" + council.slug + "/manage");
            chrome.click(By.linkText("What would you like to do with us to improve the library?"));
            chrome.click(By.xpath("//button[normalize-space()='Close the question']"));
            assertThat(chrome.text(), containsString("Closed"));
            chrome.screenshot("officer-5-closed");
        }
        Prompt prompt = QuarkusTransaction.requiringNew()
                .call(() -> Prompt.<Prompt>find("authorityId", council.id).firstResult());
        assertEquals(PromptStatus.CLOSED, prompt.status);
    }
}
