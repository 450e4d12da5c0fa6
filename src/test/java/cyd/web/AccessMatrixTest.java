package cyd.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import cyd.account.Person;
import cyd.browser.RouteTable;
import cyd.browser.RouteTable.Endpoint;
import cyd.support.AccessWorld;
import cyd.support.AccessWorld.Cast;
import cyd.support.Browser;
import cyd.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/**
 * Every route, asked by every kind of person, answers as {@code src/test/resources/access-matrix.tsv} says:
 * {@code A} let in (the page, the form, a redirect to what was done, or the form back with a message) or
 * {@code -} refused (403, 404, or sent to sign in). A route without a row, or a row without a route, fails the
 * build. Each form is posted with sensible values, as its users would send it, to a world built afresh for that one
 * request, so what one person does never changes what the next is answered.
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

    static final List<String> ROLES = List.of("anon", "unconfirmed", "resident", "other", "partner", "unverified",
            "officer", "moderator", "admin", "elsewhere", "cross");
    static final Path TABLE = Path.of("src/test/resources/access-matrix.tsv");
    static final Path ACTUAL = Path.of("target/access-matrix-actual.tsv");
    static final Path DETAIL = Path.of("target/access-matrix-answers.txt");
    /** GET routes whose answer uses something up, so each asks in a world of its own. */
    static final Set<String> GETS_THAT_CHANGE = Set.of("/{lang:en|cy}/account/verify");
    static final String ADDRESS = "198.51.100.77";

    @Inject
    Secrets secrets;

    @Inject
    Site site;

    private Cast cast;
    private final Map<String, Browser> browsers = new LinkedHashMap<>();

    @Test
    void everyRouteAnswersEachKindOfPersonAsTheTableSays() throws IOException {
        Map<String, String[]> table = readTable();
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
        for (String role : ROLES) {
            browsers.put(role, browser(role));
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
                Response answer = ask(e, role, world);
                String got = classify(e, answer);
                detail.append(e.key()).append(" as ").append(role).append(": ").append(got).append('\n');
                row.append('\t').append(got.startsWith("A") ? "A" : got.startsWith("-") ? "-" : "!");
                if (got.startsWith("!")) {
                    problems.add(e.key() + " as " + role + ": " + got);
                } else if (expected != null && !expected[r].equals(got.substring(0, 1))) {
                    problems.add(e.key() + " as " + role + ": the table says " + word(expected[r]) + ", got "
                            + got);
                }
                if (resetsSignIn(e)) {
                    browsers.put(role, browser(role));
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

    private static boolean resetsSignIn(Endpoint e) {
        // signing out, signing up and choosing a new password from a link change who the browser is signed in as
        return "POST".equals(e.method()) && (e.template().endsWith("/sign-out")
                || e.template().endsWith("/sign-out-everywhere") || e.template().endsWith("/sign-up")
                || e.template().endsWith("/password-reset/{token}"));
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
        String path = path(e.template(), w, slug) + query(e, w, slug);
        if ("GET".equals(e.method())) {
            return b.request(path);
        }
        if (e.template().startsWith("/api/")) {
            return given().redirects().follow(false).contentType("application/json")
                    .body("{\"text\":\"What would you like to do with us to improve the park?\",\"lang\":\"en\"}")
                    .post(path);
        }
        return b.post(path, form(e.template(), w));
    }

    private Browser browser(String role) {
        Browser b = new Browser().header("X-Forwarded-For", ADDRESS);
        Person p = person(role);
        if (p != null) {
            b.signIn(p.email, Fixtures.PASSWORD);
        } else {
            b.get("/en/sign-in");
        }
        return b;
    }

    private Person person(String role) {
        return switch (role) {
            case "unconfirmed" -> cast.unconfirmed();
            case "resident" -> cast.resident();
            case "other" -> cast.other();
            case "partner" -> cast.partnerRep();
            case "unverified" -> cast.unverifiedRep();
            case "officer" -> cast.officer();
            case "moderator" -> cast.moderator();
            case "admin" -> cast.admin();
            case "elsewhere", "cross" -> cast.elsewhere();
            default -> null;
        };
    }

    private static final Pattern PARAM = Pattern.compile("\\{([^}:]+)(?::([^}]+))?}");

    /** The template with each parameter given the thing in this world that the route is about. */
    static String path(String template, AccessWorld w, String slug) {
        Matcher m = PARAM.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String before = template.substring(0, m.start());
            String value = m.group(2) != null ? m.group(2).split("\\|")[0] : value(m.group(1), before, template, w, slug);
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String value(String name, String before, String template, AccessWorld w, String slug) {
        return switch (name) {
            case "authority" -> slug;
            case "id" -> id(before, template, w);
            case "cid" -> String.valueOf(w.contribution.id);
            case "needId" -> String.valueOf(w.need.id);
            case "organisationId" -> String.valueOf(w.requested.id);
            case "decision" -> String.valueOf(before.endsWith("/appeals/") ? w.appealedDecision.id : w.decision.id);
            case "person" -> String.valueOf(before.endsWith("/team/") ? w.moderator : w.idea.authorId);
            case "block" -> String.valueOf(w.block.id);
            case "invitation" -> String.valueOf(w.invitation);
            case "token" -> w.resetToken;
            case "slug", "area" -> before.contains("/areas/") ? w.area.slug : slug;
            default -> throw new IllegalStateException("No value for {" + name + "} in " + template);
        };
    }

    private static String id(String before, String template, AccessWorld w) {
        if (before.endsWith("/manage/prompts/") && template.endsWith("/publish")) {
            return String.valueOf(w.draft.id);
        }
        if (before.endsWith("/manage/prompts/") && (template.endsWith("/respond") || template.endsWith("/archive"))) {
            return String.valueOf(w.closed.id);
        }
        if (before.endsWith("/prompts/")) {
            return String.valueOf(w.prompt.id);
        }
        if (before.endsWith("/ideas/") || before.contains("/report/")) {
            return String.valueOf(w.idea.id);
        }
        if (before.contains("/manage/moderation/")) {
            return String.valueOf(w.decision.contentId);
        }
        if (before.endsWith("/manage/initiatives/")) {
            return String.valueOf(w.pendingInitiative.id);
        }
        if (before.endsWith("/initiatives/")) {
            return String.valueOf(w.initiative.id);
        }
        if (before.endsWith("/organisations/")) {
            return String.valueOf(template.endsWith("/verify") ? w.unverified.id : w.partner.id);
        }
        throw new IllegalStateException("No id for " + template);
    }

    private String query(Endpoint e, AccessWorld w, String slug) {
        String t = e.template();
        if (t.endsWith("/search")) {
            return "?q=orchard";
        }
        if (t.endsWith("/similar")) {
            return "?text=orchard";
        }
        if (t.equals("/oembed")) {
            // RestAssured encodes the query itself
            return "?url=" + site.base() + "/en/" + slug + "/prompts/" + w.prompt.id;
        }
        if (t.endsWith("/account/verify")) {
            return "?token=" + w.verifyToken;
        }
        if (t.endsWith("/unsubscribe") && "GET".equals(e.method())) {
            return "?" + unsubscribe(w).entrySet().stream().map(x -> x.getKey() + "=" + x.getValue())
                    .reduce((a, b) -> a + "&" + b).orElseThrow();
        }
        return "";
    }

    private Map<String, Object> unsubscribe(AccessWorld w) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("what", "answers");
        f.put("person", w.idea.authorId);
        f.put("prompt", w.prompt.id);
        f.put("sig", secrets.sign("unsubscribe", "answers:" + w.idea.authorId + ":" + w.prompt.id));
        return f;
    }

    /** What a person using the form would send to this route. */
    private Object[] form(String t, AccessWorld w) {
        LocalDate yesterday = LocalDate.now().minusDays(1);
        String[] date = {"" + yesterday.getDayOfMonth(), "" + yesterday.getMonthValue(), "" + yesterday.getYear()};
        if (t.endsWith("/unsubscribe")) {
            return unsubscribe(w).entrySet().stream().flatMap(x -> java.util.stream.Stream.of(x.getKey(), x.getValue()))
                    .toArray();
        }
        String tail = t.replaceAll("\\{[^}]+}", "*");
        return switch (tail) {
            case "/*/sign-up" -> new Object[] {"email", Fixtures.unique("new") + "@example.org", "displayName",
                    "New Neighbour", "password", "a long and unusual passphrase 2026"};
            case "/*/sign-in" -> new Object[] {"email", Fixtures.unique("nobody") + "@example.org", "password",
                    "not the password"};
            case "/*/account/email-preferences" -> new Object[] {"notifyAnswers", "on"};
            case "/*/password-reset" -> new Object[] {"email", Fixtures.unique("nobody") + "@example.org"};
            case "/*/password-reset/*" -> new Object[] {"password", "a brand new passphrase 2026"};
            case "/*/account/delete" -> new Object[] {"password", "not the password"};
            case "/*/*/manage/settings" -> new Object[] {"hourlyValue", "12.50", "source", "ONS", "year", "2025"};
            case "/*/*/manage/team" -> new Object[] {"email", w.volunteer.email, "moderator", "on"};
            case "/*/*/manage/team/*" -> new Object[] {"moderator", "on", "admin", "on"};
            case "/*/*/initiatives/*/contributions/new" -> new Object[] {"kind", "HOURS", "hours", "2",
                    "description", "Weeding", "givenDay", date[0], "givenMonth", date[1], "givenYear", date[2]};
            case "/*/*/contributions/*/query" -> new Object[] {"reason", "Which day was this?"};
            case "/*/*/manage/embedding" -> new Object[] {"sites", "https://www.example.gov.uk"};
            case "/*/*/prompts/*/ideas/new" -> new Object[] {"title", "A bench by the pond", "description",
                    "Somewhere to sit and watch the ducks.", "language", "en", "checked", "1"};
            case "/*/*/ideas/*/comments" -> new Object[] {"body", "I would help.", "language", "en"};
            case "/*/*/ideas/*/answer" -> new Object[] {"status", "UNDER_CONSIDERATION", "answer",
                    "We are looking at this.", "answerLanguage", "en"};
            case "/*/*/report/*/*", "/*/*/manage/moderation/*/*/hide" -> new Object[] {"reason", "SPAM", "detail",
                    "An advert"};
            case "/*/account/moderation/*/appeal" -> new Object[] {"appeal", "Please look at this again."};
            case "/*/*/manage/moderation/appeals/*" -> new Object[] {"outcome", "UPHELD", "note", "It stays hidden."};
            case "/*/*/manage/moderation/people/*/block" -> new Object[] {"blockReason", "Spam", "blockDays", "7"};
            case "/*/*/prompts/*/follow" -> new Object[] {"frequency", "WEEKLY"};
            case "/*/*/organisations/new" -> new Object[] {"name", Fixtures.unique("New Group"), "description",
                    "We look after the park.", "language", "en", "contactEmail", "group@example.org", "areaIds",
                    w.area.id};
            case "/*/*/organisations/*/representatives" -> new Object[] {"email", w.volunteer.email};
            case "/*/*/initiatives/new", "/*/*/initiatives/*/edit" -> new Object[] {"title", "Pond clean-up",
                    "description", "Clearing the pond together.", "language", "en", "status", "ACTIVE"};
            case "/*/*/initiatives/*/join" -> new Object[] {"description", "I can help on Saturdays.", "when",
                    "weekends", "where", "home"};
            case "/*/*/initiatives/*/partners" -> new Object[] {"organisationId", w.requested.id};
            case "/*/*/initiatives/*/needs/new" -> new Object[] {"kind", "TIME", "needDescription",
                    "People to carry tools", "quantity", "2"};
            case "/*/*/initiatives/*/updates/new" -> new Object[] {"body", "We planted six trees.", "language", "en"};
            case "/*/*/manage/prompts/new", "/*/*/manage/prompts/*/edit" -> new Object[] {"titleEn",
                    "What would you like to do with us in the library?", "bodyEn", "Tell us.", "moderation", "POST"};
            case "/*/*/manage/prompts/*/respond" -> new Object[] {"responseEn", "Thank you: here is what we will do."};
            default -> new Object[0];
        };
    }

    private static Map<String, String[]> readTable() throws IOException {
        Map<String, String[]> rows = new LinkedHashMap<>();
        if (!Files.exists(TABLE)) {
            return rows;
        }
        for (String line : Files.readAllLines(TABLE)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length != 2 + ROLES.size()) {
                fail("A row of " + TABLE + " needs a method, a route and " + ROLES.size() + " answers: " + line);
            }
            String[] answers = java.util.Arrays.copyOfRange(cells, 2, cells.length);
            rows.put(cells[0] + " " + cells[1], answers);
        }
        return rows;
    }

    private static String header() {
        return "# Who may use each route. A: let in (the page, the form, the thing done, or the form back with a"
                + " message). -: refused (403, 404, or sent to sign in).\n"
                + "# Checked by cyd.web.AccessMatrixTest; a route without a row fails the build.\n"
                + "#method\troute\t" + String.join("\t", ROLES) + "\n";
    }
}
