package cyd.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import cyd.account.Person;
import cyd.authority.Authority;
import cyd.initiative.Initiative;
import cyd.support.CoFixtures;
import cyd.support.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * In Welsh on a phone: a resident joins an initiative on their own terms (a one-off date revealed by
 * its checkbox), logs the time they gave; the organiser confirms it on a desktop; the resident's record
 * and the initiative's chart show it.
 */
@QuarkusTest
@RequiresChromium
class CoProductionBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void joinLogConfirmAndSeeItCounted() {
        Authority council = Fixtures.authority(true);
        Person organiser = Fixtures.resident();
        Initiative initiative = CoFixtures.initiative(council, organiser);
        Person resident = Fixtures.resident();
        String page = "/cy/" + council.slug + "/initiatives/" + initiative.id;

        try (Chrome phone = Chrome.open(base.toString(), 375, 800)) {
            phone.signIn(resident.email, Fixtures.PASSWORD);
            phone.go(page);
            phone.click(By.linkText("Ymuno â'r fenter hon"));
            phone.type("description", "Gallaf blannu coed a gwneud te");
            phone.find("#when-date").click();
            assertEquals(true, phone.find("#oneOffDay").isDisplayed(), "the date appears when its box is ticked");
            phone.type("oneOffDay", "31").type("oneOffMonth", "2").type("oneOffYear", "2099");
            phone.find("#shareEmail").click();
            new org.openqa.selenium.support.ui.Select(phone.find("#where")).selectByVisibleText("O gartref");
            phone.click("main button[type=submit]");
            assertThat(phone.text(), containsString("Rhaid i'r dyddiad fod yn ddyddiad go iawn"));
            assertEquals("Gallaf blannu coed a gwneud te", phone.find("#description").getAttribute("value"));
            assertEquals(List.of(), phone.accessibilityViolations());
            phone.screenshot("coproduction-1-join-errors-cy-375");
            phone.type("oneOffDay", "28");
            phone.click("main button[type=submit]");
            assertThat(phone.text(), containsString("Rydych chi wedi ymuno â'r fenter hon"));
            phone.screenshot("coproduction-2-joined-cy-375");

            phone.click(By.linkText("Cofnodi'r hyn rydych chi wedi'i roi"));
            phone.type("hours", "2.75").type("description", "Plannu chwe choeden");
            phone.click("main button[type=submit]");
            assertThat(phone.text(), containsString("Mae eich cyfraniad wedi'i gofnodi"));
        }
        try (Chrome desk = Chrome.open(base.toString(), 1280, 900)) {
            desk.signIn(organiser.email, Fixtures.PASSWORD);
            desk.go("/en/" + council.slug + "/initiatives/" + initiative.id + "/offers");
            assertThat(desk.text(), containsString(resident.email));
            desk.go("/en/" + council.slug + "/initiatives/" + initiative.id + "/contributions");
            desk.click(By.xpath("//button[starts-with(normalize-space(), 'Confirm')]"));
            assertThat(desk.text(), containsString("Confirmed"));
            desk.screenshot("coproduction-3-confirmed-en");
            desk.go("/en/" + council.slug + "/initiatives/" + initiative.id + "/impact");
            assertThat(desk.text(), containsString("2.75"));
            assertEquals(List.of(), desk.accessibilityViolations());
            desk.screenshot("coproduction-4-impact-en");
        }
        try (Chrome phone = Chrome.open(base.toString(), 375, 800)) {
            phone.signIn(resident.email, Fixtures.PASSWORD);
            phone.go("/cy/account/contributions");
            assertThat(phone.text(), containsString("Plannu chwe choeden"));
            assertThat(phone.text(), containsString("Cadarnhawyd gan " + organiser.displayName));
            phone.screenshot("coproduction-5-record-cy-375");
        }
        assertEquals(165, CoFixtures.reload(initiative).confirmedMinutes);
    }
}
