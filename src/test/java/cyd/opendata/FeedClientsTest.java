package cyd.opendata;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import cyd.authority.Area;
import cyd.authority.Authority;
import cyd.initiative.Approval;
import cyd.initiative.Initiative;
import cyd.initiative.Need;
import cyd.initiative.NeedKind;
import cyd.prompt.Prompt;
import cyd.support.CoFixtures;
import cyd.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every Atom feed and iCalendar file of every council (the demo councils and one with Welsh letters, a long summer
 * need and an English-only neighbour), in every language the council uses, written to target/feeds/ for the
 * independent clients .ci/run reads them with: Mozilla's ical.js, the feedparser package and xmllint
 * (.ci/check-feeds.cjs). Here each is fetched as a client would and checked to answer 200 with its type.
 */
@QuarkusTest
class FeedClientsTest {

    @Test
    void everyFeedAndCalendarIsWrittenForTheClients() throws Exception {
        Authority council = Fixtures.authority(true);
        Area area = Fixtures.area(council, "Llanbedr Pont Steffan");
        Prompt prompt = Fixtures.openPrompt(council);
        Fixtures.idea(prompt, Fixtures.resident(), "Gŵyl fwyd ar lan y dŵr: ŵ, ŷ, â — a “dyfyniadau”");
        Initiative initiative = CoFixtures.initiative(council, Fixtures.resident());
        QuarkusTransaction.requiringNew().run(() -> {
            Initiative i = Initiative.findById(initiative.id);
            i.approval = Approval.APPROVED;
            Need n = new Need();
            n.initiativeId = i.id;
            n.kind = NeedKind.TIME;
            n.description = "Casglwyr sbwriel am ddwy awr; dewch â menig, dŵr a het haul — mae'r llwybr yn hir ac yn serth, "
                    + "a bydd te a bara brith wedyn yn y neuadd";
            n.whereText = "Giât y parc, ger y biniau; Heol-y-Bont";
            n.onDate = LocalDate.of(LocalDate.now().getYear() + 1, 7, 4);
            n.startsAt = LocalTime.of(14, 0);
            n.endsAt = LocalTime.of(16, 30);
            n.createdAt = java.time.Instant.now();
            n.persist();
        });
        Fixtures.authority(false);

        Path out = Path.of("target", "feeds");
        Files.createDirectories(out);
        int written = 0;
        for (Authority a : QuarkusTransaction.requiringNew().call(Authority::allByName)) {
            for (String lang : a.bilingual ? new String[] { "en", "cy" } : new String[] { "en" }) {
                written += save(out, "/" + lang + "/" + a.slug + "/feed.atom", "application/atom+xml");
                written += save(out, "/" + lang + "/" + a.slug + "/initiatives.ics", "text/calendar");
                for (Area ar : QuarkusTransaction.requiringNew().call(() -> Area.forAuthority(a.id))) {
                    written += save(out, "/" + lang + "/" + a.slug + "/areas/" + ar.slug + "/feed.atom", "application/atom+xml");
                }
                for (Prompt p : QuarkusTransaction.requiringNew().call(() -> Prompt.publishedForAuthority(a.id))) {
                    written += save(out, "/" + lang + "/" + a.slug + "/prompts/" + p.id + "/feed.atom", "application/atom+xml");
                }
                for (Initiative i : QuarkusTransaction.requiringNew().call(() -> Initiative.approvedForAuthority(a.id))) {
                    written += save(out, "/" + lang + "/" + a.slug + "/initiatives/" + i.id + "/calendar.ics", "text/calendar");
                }
            }
        }
        assertTrue(written >= 20, "feeds and calendars written: " + written);
        assertTrue(area.id > 0);
    }

    private static int save(Path out, String path, String type) throws Exception {
        Response r = given().get(path);
        assertEquals(200, r.statusCode(), path);
        assertTrue(r.contentType().startsWith(type), path + " " + r.contentType());
        String name = path.substring(1).replace('/', '_');
        Files.write(out.resolve(name), r.asByteArray());
        return 1;
    }
}
