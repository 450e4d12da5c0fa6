package cyd.account;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import cyd.authority.Authority;
import cyd.support.Browser;
import cyd.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class TeamTest {

    @Test
    void anAdminAddsAColleagueMakesThemAModeratorAndTheCouncilAlwaysKeepsAnAdmin() {
        Authority council = Fixtures.authority(false);
        Person admin = Fixtures.admin(council);
        Person colleague = Fixtures.resident();
        Browser browser = new Browser().signIn(admin.email, Fixtures.PASSWORD);
        String team = "/en/" + council.slug + "/manage/team";
        browser.get(team);

        Response unknown = browser.post(team, "email", "nobody-" + colleague.email, "moderator", "yes");
        assertEquals(422, unknown.statusCode());
        assertThat(unknown.asString(), containsString("There is no Cyd account with this email address"));
        assertThat(unknown.asString(), containsString("nobody-" + colleague.email));

        assertEquals(303, browser.post(team, "email", colleague.email, "moderator", "yes").statusCode());
        assertEquals(Set.of("officer", "moderator"), roles(council, colleague));
        assertEquals(422, browser.post(team, "email", colleague.email).statusCode(), "already on the team");

        browser.get(team);
        assertEquals(303, browser.post(team + "/" + colleague.id, "admin", "yes").statusCode());
        assertEquals(Set.of("officer", "admin"), roles(council, colleague));

        Browser colleagueBrowser = new Browser().signIn(colleague.email, Fixtures.PASSWORD);
        colleagueBrowser.get(team);
        assertEquals(303, colleagueBrowser.post(team + "/" + admin.id + "/remove").statusCode());
        assertFalse(roles(council, admin).contains("admin"));
        colleagueBrowser.get(team);
        assertEquals(403, colleagueBrowser.post(team + "/" + colleague.id, "moderator", "yes").statusCode(),
                "the last admin cannot give up the role");
        assertTrue(roles(council, colleague).contains("admin"));

        assertEquals(403, browser.get(team).statusCode(), "no longer on the team, no longer an admin");
        Person officer = Fixtures.officer(council);
        assertEquals(403, new Browser().signIn(officer.email, Fixtures.PASSWORD).get(team).statusCode(),
                "officers who are not admins do not manage the team");
        String audit = colleagueBrowser.get("/en/" + council.slug + "/manage/audit").asString();
        assertThat(audit, containsString("team.add"));
        assertThat(audit, containsString("team.remove"));
    }

    private static Set<String> roles(Authority council, Person p) {
        return QuarkusTransaction.requiringNew().call(() -> OfficerRole.team(council.id).getOrDefault(p.id, Set.of()));
    }
}
