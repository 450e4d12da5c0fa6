package cyd.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import cyd.account.AccountService;
import cyd.account.OfficerRole;
import cyd.account.Person;
import cyd.account.Viewer;
import cyd.authority.Authority;
import cyd.content.ContentType;
import cyd.content.Visibility;
import cyd.idea.Idea;
import cyd.initiative.Approval;
import cyd.initiative.Initiative;
import cyd.mail.Notices;
import cyd.moderation.ModerationService;
import cyd.moderation.ReportForm;
import cyd.prompt.Moderation;
import cyd.prompt.Prompt;
import cyd.prompt.PromptStatus;
import cyd.support.Fixtures;
import cyd.support.MailServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Walks every page of Cyd in a real Chromium — in Welsh and English, signed out, as a resident and as
 * an officer, error states included — and holds each to WCAG 2.2 AA (axe-core) and each Welsh page to
 * having no English words of Cyd's own. The route table proves no page was missed.
 */
@QuarkusTest
@RequiresChromium
class AccessibilityTest {

    @jakarta.inject.Inject
    ModerationService moderation;

    @jakarta.inject.Inject
    Notices notices;

    @jakarta.inject.Inject
    AccountService accounts;

    private static final int PER_ROUTE = 2;
    /** Not pages: files, feeds, downloads and machine interfaces (each has its own tests). */
    private static final Pattern SKIP = Pattern.compile(
            ".*(\\.json|\\.css|\\.js|\\.svg|\\.png|\\.atom|\\.ics|\\.csv)(\\?.*)?$|^/(api|q|webjars|static|theme|data)/.*");

    @TestHTTPResource("/")
    URL base;

    private final List<String> problems = new ArrayList<>();
    private final Map<String, Set<String>> visitedByLang = Map.of("en", new TreeSet<>(), "cy", new TreeSet<>());
    private final List<RouteTable.Route> routes = RouteTable.htmlPages();
    private Map<String, String> englishOnly;

    @Test
    void everyPageMeetsWcag22AaInBothLanguagesWithNoEnglishOnWelshPages() throws IOException {
        englishOnly = englishMessages();
        Authority demo = QuarkusTransaction.requiringNew().call(() -> Authority.bySlug("enghraifft").orElseThrow());
        Person officer = Fixtures.moderator(demo);
        QuarkusTransaction.requiringNew().run(() -> OfficerRole.grant(officer.id, demo.id,
                OfficerRole.ADMIN));
        Person resident = Fixtures.resident();
        // An invitation to represent the demo's organisation, so its page shows what to answer.
        QuarkusTransaction.requiringNew().run(() -> Person.getEntityManager().createNativeQuery(
                "INSERT INTO organisation_invite (organisation_id, person_id, created_at) SELECT id, ?1, NOW() "
                        + "FROM organisation ORDER BY id LIMIT 1").setParameter(1, resident.id).executeUpdate());
        // Moderation's pages need something to moderate: an idea waiting for approval, and one of the
        // resident's ideas hidden by another moderator (which the resident can appeal).
        Prompt preModerated = Fixtures.change(Fixtures.openPrompt(demo),
                p -> p.moderation = Moderation.PRE);
        Idea waiting = Fixtures.idea(preModerated, Fixtures.resident(), "Waiting for a moderator");
        QuarkusTransaction.requiringNew().run(() -> Idea.<Idea>findById(waiting.id).visibility =
                Visibility.PENDING);
        Idea hidden = Fixtures.idea(preModerated, resident, "Hidden by a moderator");
        ReportForm why = new ReportForm();
        why.reason = "OFF_TOPIC";
        moderation.hide(ContentType.IDEA, hidden.id,
                Viewer.moderator(Fixtures.moderator(demo).id, demo.id), why);
        String unsubscribe = QuarkusTransaction.requiringNew().call(() -> notices.unsubscribeLink(
                Person.findById(resident.id), "answers", 0L)).replace(MailServer.BASE, "");
        accounts.requestPasswordReset(resident.email);
        String reset = MailServer.await(resident.email, "Reset your password").link("/en/password-reset/");
        Prompt draft = Fixtures.prompt(demo, PromptStatus.DRAFT, null);
        Prompt closed = Fixtures.prompt(demo, PromptStatus.CLOSED, Instant.now().minusSeconds(3600));
        Idea idea = QuarkusTransaction.requiringNew().call(() -> Idea.<Idea>find("order by id").firstResult());
        Initiative initiative = QuarkusTransaction.requiringNew().call(() -> Initiative
                .<Initiative>find("approval", Approval.APPROVED).firstResult());

        try (Chrome anonymous = Chrome.open(base.toString(), 1280, 900)) {
            crawl(anonymous, "anonymous", List.of("/en", "/cy", "/en/enghraifft", "/cy/enghraifft",
                    "/en/example-borough", "/en?deleted=1", "/cy?deleted=1", unsubscribe,
                    "/embed/en/enghraifft/prompts/" + idea.promptId, "/embed/cy/enghraifft/prompts/" + idea.promptId,
                    "/en/enghraifft/prompts/" + idea.promptId + "/answers",
                    "/cy/enghraifft/prompts/" + idea.promptId + "/answers",
                    "/en/enghraifft/search?q=parc+park", "/cy/enghraifft/search?q=parc+park&type=ideas",
                    unsubscribe.replace("/en/", "/cy/"), reset, reset.replace("/en/", "/cy/")));
            for (String lang : List.of("en", "cy")) {
                check(anonymous.go("/" + lang + "/account/verify?token=not-a-token"), "verification link expired");
                check(anonymous.go("/" + lang + "/enghraifft/search?q=a"), "search words too short");
                check(anonymous.go("/" + lang + "/password-reset/not-a-token"), "reset link expired");
                check(anonymous.go("/" + lang + "/unsubscribe?what=answers&person=1&prompt=0&sig=x"),
                        "unsubscribe link broken");
                anonymous.go("/" + lang + "/password-reset").click("main button[type=submit]");
                check(anonymous, "password reset errors");
                anonymous.go(reset.replace("/en/", "/" + lang + "/")).type("password", "password")
                        .click("main button[type=submit]");
                check(anonymous, "new password errors");
                check(anonymous.go("/" + lang + "/no-such-council/at-all"), "404 page");
                anonymous.go("/" + lang + "/sign-up").click("main button[type=submit]");
                check(anonymous, "sign-up errors");
                anonymous.go("/" + lang + "/sign-in").click("main button[type=submit]");
                check(anonymous, "sign-in errors");
            }
        }
        try (Chrome chrome = Chrome.open(base.toString(), 1280, 900)) {
            chrome.signIn(resident.email, Fixtures.PASSWORD);
            crawl(chrome, "resident", List.of("/en/enghraifft", "/cy/enghraifft", "/en/account", "/cy/account",
                    "/en/account/invitations", "/cy/account/invitations", "/en/account/password", "/cy/account/password",
                    "/en/account?notice=password_changed", "/cy/account?notice=password_changed",
                    "/en/enghraifft/ideas/" + idea.id + "?notice=backed",
                    "/cy/enghraifft/ideas/" + idea.id + "?notice=already_backed"));
            for (String lang : List.of("en", "cy")) {
                chrome.go("/" + lang + "/enghraifft/prompts/" + idea.promptId + "/ideas/new")
                        .click("main button[type=submit]");
                check(chrome, "idea errors");
                check(chrome.go("/" + lang + "/enghraifft/prompts/" + closed.id + "/ideas/new"), "closed prompt");
                check(chrome.go("/" + lang + "/enghraifft/manage"), "403 page");
                chrome.go("/" + lang + "/account/delete").type("password", "not my password")
                        .click("main button[type=submit]");
                check(chrome, "delete errors");
                chrome.go("/" + lang + "/account/password").type("currentPassword", "not my password")
                        .click("main button[type=submit]");
                check(chrome, "change password errors");
                chrome.go("/" + lang + "/enghraifft/initiatives/" + initiative.id + "/join").click("main button[type=submit]");
                check(chrome, "join errors");
                chrome.go("/" + lang + "/enghraifft/initiatives/new").click("main button[type=submit]");
                check(chrome, "initiative errors");
                chrome.go("/" + lang + "/enghraifft/organisations/new").type("website", "not a website")
                        .click("main button[type=submit]");
                check(chrome, "organisation errors");
                chrome.go("/" + lang + "/enghraifft/ideas/" + idea.id).type("body", "x".repeat(2001))
                        .click("form[action$='/comments'] button.govuk-button:not(.govuk-button--secondary)");
                check(chrome, "comment errors");
                chrome.go("/" + lang + "/enghraifft/prompts/" + idea.promptId + "/ideas/new")
                        .type("title", idea.title).type("description", idea.description);
                // The similar ideas appear above the button as the title is typed; wait for them, or
                // the click can land where the button was before they pushed it down.
                chrome.waitForShown("#similar-inline");
                chrome.js("document.getElementById('language-en').checked = true;");
                chrome.click("main form button[type=submit]");
                check(chrome, "is your idea already here");
                chrome.go("/" + lang + "/enghraifft/report/idea/" + idea.id).click("main button[type=submit]");
                check(chrome, "report errors");
                chrome.go("/" + lang + "/account/moderation").click(By.partialLinkText(
                        "cy".equals(lang) ? "Apelio" : "Appeal"));
                chrome.click("main button[type=submit]");
                check(chrome, "appeal errors");
            }
        }
        try (Chrome chrome = Chrome.open(base.toString(), 1280, 900)) {
            chrome.signIn(officer.email, Fixtures.PASSWORD);
            crawl(chrome, "officer", List.of("/en/enghraifft/manage", "/cy/enghraifft/manage",
                    "/en/enghraifft/manage/prompts/" + draft.id, "/cy/enghraifft/manage/prompts/" + draft.id));
            for (String lang : List.of("en", "cy")) {
                chrome.go("/" + lang + "/enghraifft/manage/prompts/new").type("closesDay", "31")
                        .type("closesMonth", "2").type("closesYear", "2031").click("main button[type=submit]");
                check(chrome, "prompt errors");
                chrome.go("/" + lang + "/enghraifft/initiatives/" + initiative.id + "/contributions/new")
                        .type("hours", "25").click("main button[type=submit]");
                check(chrome, "contribution errors");
                chrome.go("/" + lang + "/enghraifft/initiatives/" + initiative.id + "/needs/new")
                        .click("main button[type=submit]");
                check(chrome, "need errors");
                chrome.go("/" + lang + "/enghraifft/initiatives/" + initiative.id + "/updates/new")
                        .click("main button[type=submit]");
                check(chrome, "update errors");
                chrome.go("/" + lang + "/enghraifft/manage/settings").type("hourlyValue", "lots")
                        .click("main button[type=submit]");
                check(chrome, "settings errors");
                chrome.go("/" + lang + "/enghraifft/manage/moderation/idea/" + waiting.id)
                        .click("form[action$='/hide'] button");
                check(chrome, "hide errors");
                chrome.go("/" + lang + "/enghraifft/manage/embedding").type("sites", "http://not-secure.example")
                        .click("main button[type=submit]");
                check(chrome, "embedding errors");
                chrome.go("/" + lang + "/enghraifft/manage/team").type("email", "nobody@nowhere.example")
                        .click("form[action$='/manage/team'] button");
                check(chrome, "team errors");
                chrome.go("/" + lang + "/enghraifft/manage/moderation/people/" + resident.id + "/block")
                        .click("main button[type=submit]");
                check(chrome, "block errors");
                chrome.go("/" + lang + "/enghraifft/manage/prompts/" + closed.id)
                        .click("form[action$='/respond'] button");
                check(chrome, "response errors");
                chrome.go("/" + lang + "/enghraifft/initiatives/" + initiative.id + "/contributions")
                        .click(".govuk-summary-card form[action$='/query'] button");
                check(chrome, "query errors");
            }
        }

        List<String> missed = new ArrayList<>();
        for (RouteTable.Route route : routes) {
            for (String lang : List.of("en", "cy")) {
                if (visitedByLang.get(lang).stream().noneMatch(route::matches)) {
                    missed.add(lang + " " + route.template());
                }
            }
        }
        assertTrue(routes.size() >= 15, "the route table was read: " + routes);
        int checked = visitedByLang.get("en").size() + visitedByLang.get("cy").size();
        System.out.printf("Accessibility: %d distinct pages checked against %d page routes%n", checked, routes.size());
        assertTrue(checked > 40, "pages checked: " + checked);
        assertEquals(List.of(), missed, "pages never visited: link them from a page, or add a start address here");
        assertEquals(List.of(), problems, problems.size() + " problems:\n" + String.join("\n", problems));
    }

    @Test
    void theChecksFindFaultsWhenThereAreSome() throws IOException {
        englishOnly = englishMessages();
        try (Chrome chrome = Chrome.open(base.toString(), 1280, 900)) {
            chrome.go("/test-only/inaccessible");
            List<String> violations = chrome.accessibilityViolations();
            assertTrue(violations.stream().anyMatch(v -> v.startsWith("image-alt")), violations.toString());
            assertTrue(violations.stream().anyMatch(v -> v.startsWith("label")), violations.toString());
            check(chrome, "self-test");
            assertTrue(problems.stream().anyMatch(p -> p.contains("\"Sign in\"")), problems.toString());
            assertTrue(problems.stream().noneMatch(p -> p.contains("\"Sign out\"")),
                    "text marked lang=en is the resident's own, not Cyd's: " + problems);
        }
    }

    private void crawl(Chrome chrome, String role, List<String> start) {
        Deque<String> queue = new ArrayDeque<>(start);
        Set<String> seen = new LinkedHashSet<>(start);
        Map<String, Integer> perRoute = new HashMap<>();
        int pages = 0;
        while (!queue.isEmpty() && pages++ < 400) {
            String path = queue.poll();
            chrome.go(path);
            check(chrome, role);
            for (WebElement a : chrome.all("a[href]")) {
                String href = a.getAttribute("href");
                if (href == null || !href.startsWith(base.toString().replaceAll("/$", ""))) {
                    continue;
                }
                String next = href.substring(base.toString().replaceAll("/$", "").length()).replaceAll("#.*$", "");
                if (next.isEmpty() || SKIP.matcher(next).matches() || !seen.add(next)) {
                    continue;
                }
                String key = next.substring(0, Math.min(3, next.length())) + routeOf(next.replaceAll("\\?.*$", ""));
                if (perRoute.merge(key, 1, Integer::sum) <= PER_ROUTE) {
                    queue.add(next);
                }
            }
        }
    }

    private void check(Chrome chrome, String what) {
        String path = chrome.path();
        String lang = (String) chrome.js("return document.documentElement.lang;");
        String bare = path.replaceAll("[?#].*$", "");
        if (visitedByLang.containsKey(lang)) {
            visitedByLang.get(lang).add(bare);
        }
        for (String v : chrome.accessibilityViolations()) {
            problems.add("[" + what + "] " + path + ": " + v);
        }
        if ("cy".equals(lang)) {
            String text = chrome.textOutsideEnglish();
            englishOnly.forEach((key, english) -> {
                if (Pattern.compile("(?<![\\p{L}])" + Pattern.quote(english) + "(?![\\p{L}])").matcher(text).find()) {
                    problems.add("[" + what + "] " + path + ": English text on a Welsh page: \"" + english + "\" ("
                            + key + ")");
                }
            });
        }
    }

    private String routeOf(String path) {
        return routes.stream().filter(r -> r.matches(path)).map(RouteTable.Route::template).findFirst()
                .orElse(path);
    }

    /** English messages whose Welsh is different, long enough not to be a Welsh word too. */
    private static Map<String, String> englishMessages() throws IOException {
        Map<String, String> out = new HashMap<>();
        for (String bundle : cyd.support.MessageFiles.bundles()) {
            out.putAll(englishMessages(bundle));
        }
        return out;
    }

    private static Map<String, String> englishMessages(String bundle) throws IOException {
        Properties en = load("messages/" + bundle + ".properties");
        Properties cy = load("messages/" + bundle + "_cy.properties");
        Map<String, String> out = new HashMap<>();
        for (String key : en.stringPropertyNames()) {
            String value = en.getProperty(key).trim();
            if (value.length() >= 4 && !value.equals(cy.getProperty(key)) && !value.contains("{")) {
                out.put(key, value);
            }
        }
        return out;
    }

    private static Properties load(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AccessibilityTest.class.getClassLoader().getResourceAsStream(path)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
