package cyd.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.fail;

import cyd.account.Person;
import cyd.browser.RouteTable.Endpoint;
import cyd.support.AccessWorld.Cast;
import cyd.web.Secrets;
import cyd.web.Site;

/**
 * How to call each route of Cyd as one kind of person: the address with the world's things in it, the query a
 * page needs, and the form its users would send. Shared by the access matrix and the bad-input suite.
 */
public final class RouteRequests {

    /** The kinds of person the access table has a column for, in its order. */
    public static final List<String> ROLES = List.of("anon", "unconfirmed", "resident", "other", "partner",
            "unverified", "officer", "moderator", "admin", "elsewhere", "cross");
    public static final Path TABLE = Path.of("src/test/resources/access-matrix.tsv");
    /** The network address the requests come from (through the trusted local proxy), kept apart from other tests. */
    public static final String ADDRESS = "198.51.100.77";

    private final Secrets secrets;
    private final Site site;
    public final Cast cast;

    public RouteRequests(Secrets secrets, Site site, Cast cast) {
        this.secrets = secrets;
        this.site = site;
        this.cast = cast;
    }

    public static boolean resetsSignIn(Endpoint e) {
        // signing out, signing up and choosing a new password from a link change who the browser is signed in as
        return "POST".equals(e.method()) && (e.template().endsWith("/sign-out")
                || e.template().endsWith("/sign-out-everywhere") || e.template().endsWith("/sign-up")
                || e.template().endsWith("/password-reset/{token}"));
    }

    public Browser browser(String role) {
        Browser b = new Browser().header("X-Forwarded-For", ADDRESS);
        Person p = person(role);
        if (p != null) {
            b.signIn(p.email, Fixtures.PASSWORD);
        } else {
            b.get("/en/sign-in");
        }
        return b;
    }

    public Person person(String role) {
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
    public static String path(String template, AccessWorld w, String slug) {
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
        if (before.endsWith("/openreferral/services/")) {
            return cyd.opendata.OpenReferralApi.uuid(w.council, "service", w.partner.id);
        }
        if (before.endsWith("/organisations/")) {
            return String.valueOf(template.endsWith("/verify") ? w.unverified.id : w.partner.id);
        }
        throw new IllegalStateException("No id for " + template);
    }

    public String query(Endpoint e, AccessWorld w, String slug) {
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

    public Map<String, Object> unsubscribe(AccessWorld w) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("what", "answers");
        f.put("person", w.idea.authorId);
        f.put("prompt", w.prompt.id);
        f.put("sig", secrets.sign("unsubscribe", "answers:" + w.idea.authorId + ":" + w.prompt.id));
        return f;
    }

    /** What a person using the form would send to this route. */
    public Object[] form(String t, AccessWorld w) {
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
            // a wrong current password: the people of the matrix keep theirs
            case "/*/account/password" -> new Object[] {"currentPassword", "not the password", "newPassword",
                    "a brand new passphrase 2026"};
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

    public static Map<String, String[]> readTable() throws IOException {
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

}
