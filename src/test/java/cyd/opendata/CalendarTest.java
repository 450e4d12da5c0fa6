package cyd.opendata;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cyd.authority.Authority;
import cyd.initiative.Initiative;
import cyd.support.Browser;
import cyd.support.CoFixtures;
import cyd.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class CalendarTest {

    @Test
    void organisersDateANeedAndItAppearsInTheCalendarFeedsInUtc() {
        Authority council = Fixtures.authority(false);
        Initiative initiative = CoFixtures.initiative(council, Fixtures.resident());
        Browser officer = new Browser().signIn(Fixtures.officer(council).email, Fixtures.PASSWORD);
        String form = "/en/" + council.slug + "/initiatives/" + initiative.id + "/needs/new";
        officer.get(form);
        // A summer date: London is an hour ahead of UTC.
        LocalDate day = LocalDate.of(LocalDate.now().getYear() + 1, 7, 4);
        Response wrong = officer.post(form, "kind", "TIME", "needDescription", "Litter pickers, two hours",
                "onDay", day.getDayOfMonth(), "onMonth", day.getMonthValue(), "onYear", day.getYear(),
                "startsAt", "2pm", "endsAt", "1pm", "whereText", "Park gate; by the bins");
        assertEquals(422, wrong.statusCode());
        assertThat(wrong.asString(), containsString("The end must be after the start"));
        assertThat(wrong.asString(), containsString("Litter pickers, two hours"));
        assertEquals(422, officer.post(form, "kind", "TIME", "needDescription", "Tea urn", "startsAt", "10:00")
                .statusCode(), "a time needs a date");
        assertEquals(303, officer.post(form, "kind", "TIME", "needDescription", "Litter pickers, two hours",
                "onDay", day.getDayOfMonth(), "onMonth", day.getMonthValue(), "onYear", day.getYear(),
                "startsAt", "2pm", "endsAt", "4:30pm", "whereText", "Park gate; by the bins").statusCode());
        officer.get(form);
        assertEquals(303, officer.post(form, "kind", "RESOURCE", "needDescription", "A gazebo", "onDay",
                day.getDayOfMonth(), "onMonth", day.getMonthValue(), "onYear", day.getYear()).statusCode());
        officer.get(form);
        assertEquals(303, officer.post(form, "kind", "SKILL", "needDescription", "Undated first aider").statusCode(),
                "an undated need is kept");

        Response ics = given().get("/en/" + council.slug + "/initiatives/" + initiative.id + "/calendar.ics");
        assertEquals(200, ics.statusCode());
        assertThat(ics.contentType(), containsString("text/calendar"));
        String cal = ics.asString();
        assertTrue(cal.startsWith("BEGIN:VCALENDAR\r\n"));
        String ymd = day.toString().replace("-", "");
        assertThat(cal, containsString("DTSTART:" + ymd + "T130000Z"));
        assertThat(cal, containsString("DTEND:" + ymd + "T153000Z"));
        assertThat(cal, containsString("LOCATION:Park gate\\; by the bins"));
        assertThat(cal, containsString("SUMMARY:Community orchard: Litter pickers\\, two hours"));
        assertThat(cal, containsString("DTSTART;VALUE=DATE:" + ymd));
        assertThat(cal, not(containsString("Undated first aider")));
        assertThat("the undated need is on the initiative's page, only not in its calendar",
                new Browser().get("/en/" + council.slug + "/initiatives/" + initiative.id).asString(),
                containsString("Undated first aider"));
        for (String line : cal.split("\r\n")) {
            assertTrue(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, line);
        }
        assertThat(given().get("/en/" + council.slug + "/initiatives.ics").asString(), containsString("A gazebo"));
        assertThat(new Browser().get("/en/" + council.slug + "/initiatives/" + initiative.id).asString(),
                containsString("14:00–16:30"));
    }
}
