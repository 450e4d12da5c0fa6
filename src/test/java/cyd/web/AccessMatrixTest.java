package cyd.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import cyd.browser.RouteTable;
import cyd.browser.RouteTable.Endpoint;
import cyd.support.AccessWorld;
import cyd.support.AccessWorld.Cast;
import cyd.support.Browser;
import cyd.support.RouteRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import cyd.support.RowCounts;

/**
 * Every route, asked by every kind of person, answers as {@code src/test/resources/access-matrix.tsv} says:
 * {@code A} let in (the page, the form, a redirect to what was done, or the form back with a message) or
 * {@code -} refused (403, 404, or sent to sign in). A route without a row, or a row without a route, fails the
 * build. Each form is posted with sensible values, as its users would send it, to a world built afresh for that one
 * request, so what one person does never changes what the next is answered. A GET (but the email link that
 * confirms an address) is asked in one shared world and must add or remove nothing there.
 *
 * <p>The kinds of person: {@code anon} signed out; {@code unconfirmed} a resident who has not confirmed their email;
 * {@code resident} the resident whose idea, comment, initiative and appeal the route names; {@code other} another
 * resident; {@code partner} a representative of the initiative's verified partner; {@code unverified} a representative
 * of an unverified organisation of the council; {@code officer}, {@code moderator}, {@code admin} of the council;
 * {@code elsewhere} an admin and moderator of another council; {@code cross} that same person asking through their
 * own council's address for this council's things (ids of another council must not work there).
 */
@QuarkusTest
class AccessMatrixTest {

    static final List<String> ROLES = RouteRequests.ROLES;
    static final Path TABLE = RouteRequests.TABLE;
    static final Path ACTUAL = Path.of("target/access-matrix-actual.tsv");
    static final Path DETAIL = Path.of("target/access-matrix-answers.txt");
    /** GET routes whose answer uses something up, so each asks in a world of its own. */
    static final Set<String> GETS_THAT_CHANGE = Set.of("/{lang:en|cy}/account/verify");

    @Inject
    Secrets secrets;

    @Inject
    Site site;

    private Cast cast;
    private RouteRequests calls;
    private final Map<String, Browser> browsers = new LinkedHashMap<>();

    @Test
    void everyRouteAnswersEachKindOfPersonAsTheTableSays() throws IOException {
        Map<String, String[]> table = RouteRequests.readTable();
        List<Endpoint> endpoints = RouteTable.endpoints();
        Set<String> routes = new TreeSet<>();
        endpoints.forEach(e -> routes.add(e.key()));
        List<String> problems = new ArrayList<>();
        for (String row : table.keySet()) {
            if (!routes.contains(row)) {
                problems.add("a row for a route that no longer exists: " + row);
            }
        }

        cast = Cast.make();
        calls = new RouteRequests(secrets, site, cast);
        for (String role : ROLES) {
            browsers.put(role, calls.browser(role));
        }
        AccessWorld shared = AccessWorld.build(cast);
        StringBuilder actual = new StringBuilder(header());
        StringBuilder detail = new StringBuilder();
        for (Endpoint e : endpoints) {
            String[] expected = table.get(e.key());
            StringBuilder row = new StringBuilder(e.method() + "\t" + e.template());
            for (int r = 0; r < ROLES.size(); r++) {
                String role = ROLES.get(r);
                boolean fresh = !"GET".equals(e.method()) || GETS_THAT_CHANGE.contains(e.template());
                AccessWorld world = fresh ? AccessWorld.build(cast) : shared;
                java.util.Map<String, Long> before = fresh ? null : RowCounts.now();
                Response answer = ask(e, role, world);
                String got = classify(e, answer);
                if (before != null) {
                    String changed = RowCounts.changes(before, RowCounts.now());
                    if (!changed.isEmpty()) {
                        problems.add(e.key() + " as " + role + " is a GET but changed what is stored: " + changed);
                    }
                }
                detail.append(e.key()).append(" as ").append(role).append(": ").append(got).append('\n');
                row.append('\t').append(got.startsWith("A") ? "A" : got.startsWith("-") ? "-" : "!");
                if (got.startsWith("!")) {
                    problems.add(e.key() + " as " + role + ": " + got);
                } else if (expected != null && !expected[r].equals(got.substring(0, 1))) {
                    problems.add(e.key() + " as " + role + ": the table says " + word(expected[r]) + ", got "
                            + got);
                }
                if (RouteRequests.resetsSignIn(e)) {
                    browsers.put(role, calls.browser(role));
                }
            }
            if (expected == null) {
                problems.add("no row in the table for " + e.key() + " (it answered: " + row + ")");
            }
            actual.append(row).append('\n');
        }
        Files.createDirectories(ACTUAL.getParent());
        Files.writeString(ACTUAL, actual);
        Files.writeString(DETAIL, detail);
        assertTrue(endpoints.size() > 100, "the routes were read: " + endpoints.size());
        if (!problems.isEmpty()) {
            fail(problems.size() + " answers differ from " + TABLE + " (what was answered is in " + ACTUAL + "):\n"
                    + String.join("\n", problems));
        }
    }

    private static String word(String cell) {
        return "A".equals(cell) ? "let in" : "refused";
    }

    /** A(llowed) or -(refused), with what was answered; ! for an answer that is never right (5xx, 429). */
    static String classify(Endpoint e, Response r) {
        int s = r.statusCode();
        String location = r.header("Location") == null ? "" : r.header("Location");
        Matcher title = Pattern.compile("<title>([^<]*)</title>").matcher(r.asString());
        String what = s + (location.isEmpty() ? "" : " → " + location) + (title.find() ? " " + title.group(1).strip() : "");
        if (s >= 500 || s == 429) {
            return "! " + what;
        }
        if (s == 401 || s == 403 || s == 404) {
            return "- " + what;
        }
        boolean signUp = e.template().endsWith("/sign-up") || e.template().endsWith("/verify/resend");
        if ((s == 302 || s == 303) && (location.matches("/(en|cy)/sign-in(\\?(?!.*notice=).*)?")
                || location.contains("notice=verify_email") || location.contains("notice=verify_sent") && !signUp)) {
            // sent to sign in first, or to confirm their email address first: not done
            return "- " + what;
        }
        return "A " + what;
    }

    private Response ask(Endpoint e, String role, AccessWorld w) {
        Browser b = browsers.get(role);
        String slug = "cross".equals(role) ? cast.elsewhereCouncil().slug : w.council.slug;
        String path = RouteRequests.path(e.template(), w, slug) + calls.query(e, w, slug);
        if ("GET".equals(e.method())) {
            return b.request(path);
        }
        if (e.template().startsWith("/api/")) {
            return given().redirects().follow(false).contentType("application/json")
                    .body("{\"text\":\"What would you like to do with us to improve the park?\",\"lang\":\"en\"}")
                    .post(path);
        }
        return b.post(path, calls.form(e.template(), w));
    }

    private static String header() {
        return "# Who may use each route. A: let in (the page, the form, the thing done, or the form back with a"
                + " message). -: refused (403, 404, or sent to sign in).\n"
                + "# Checked by cyd.web.AccessMatrixTest; a route without a row fails the build.\n"
                + "#method\troute\t" + String.join("\t", ROLES) + "\n";
    }
}
