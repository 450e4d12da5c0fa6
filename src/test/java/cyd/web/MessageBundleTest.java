package cyd.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Welsh and English have the same messages, no Welsh message is left in English, and no bundle grows past what
 * Quarkus can compile. Each feature's words are in its own bundle (messages/idea.properties beside cyd.idea), so
 * the bundles are found in the folder rather than listed here.
 */
class MessageBundleTest {

    static java.util.List<String> bundles() throws IOException {
        return cyd.support.MessageFiles.bundles();
    }

    @org.junit.jupiter.api.Test
    void eachFeatureHasItsOwnWordsAndTheCoreIsSmall() throws IOException {
        java.util.List<String> all = bundles();
        assertTrue(all.containsAll(java.util.List.of("msg", "account", "prompt", "idea", "moderation", "initiative",
                "mail", "contribution", "opendata")), "the bundles were found: " + all);
        assertTrue(load("messages/msg.properties").size() < 200, "the core bundle holds only the words pages share");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("bundles")
    void everyMessageExistsInBothLanguages(String bundle) throws IOException {
        Properties en = load("messages/" + bundle + ".properties");
        Properties cy = load("messages/" + bundle + "_cy.properties");
        Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
        onlyEn.removeAll(cy.stringPropertyNames());
        Set<String> onlyCy = new TreeSet<>(cy.stringPropertyNames());
        onlyCy.removeAll(en.stringPropertyNames());
        assertEquals(Set.of(), onlyEn, "keys with no Welsh");
        assertEquals(Set.of(), onlyCy, "keys with no English");
        assertTrue(en.size() > 0, "the bundle was read: " + en.size() + " messages");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("bundles")
    void noWelshMessageIsLeftInEnglish(String bundle) throws IOException {
        Properties en = load("messages/" + bundle + ".properties");
        Properties cy = load("messages/" + bundle + "_cy.properties");
        // Words that are the same in both languages.
        Set<String> same = Set.of("errorPrefix", "statusDraft");
        Set<String> untranslated = new TreeSet<>();
        for (String key : en.stringPropertyNames()) {
            String value = cy.getProperty(key, "");
            if (value.isBlank() || (value.equals(en.getProperty(key)) && !same.contains(key))) {
                untranslated.add(key);
            }
        }
        assertEquals(Set.of(), untranslated);
    }

    /**
     * Quarkus 3.33 generates broken bytecode for a message bundle past about 300 messages (quarkusio/quarkus#55584,
     * fixed upstream by PR #55653, not in 3.33): the application then fails to start. This fails first, while a
     * bundle has room for a few more, so the next words go to a bundle with room (or a new one).
     */
    @org.junit.jupiter.api.Test
    void everyBundleStaysWellUnderTheSizeQuarkusCanCompile() throws IOException {
        java.util.Map<String, Integer> sizes = new java.util.TreeMap<>();
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/messages"))) {
            for (java.nio.file.Path f : files.toList()) {
                sizes.put(f.getFileName().toString(), load("messages/" + f.getFileName()).size());
            }
        }
        assertTrue(sizes.size() >= 20, "the bundles were found: " + sizes);
        sizes.forEach((file, n) -> assertTrue(n <= MAX_MESSAGES, file + " holds " + n + " messages; at most "
                + MAX_MESSAGES + " fit (Quarkus 3.33): put new words in a bundle with room"));
    }

    static final int MAX_MESSAGES = 290;

    private static Properties load(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundleTest.class.getClassLoader().getResourceAsStream(path)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
