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


/** Welsh and English have the same messages, and no Welsh message is left in English. */
class MessageBundleTest {

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = { "msg", "co", "ws", "re" })
    void everyMessageExistsInBothLanguages(String bundle) throws IOException {
        Properties en = load("messages/" + bundle + ".properties");
        Properties cy = load("messages/" + bundle + "_cy.properties");
        Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
        onlyEn.removeAll(cy.stringPropertyNames());
        Set<String> onlyCy = new TreeSet<>(cy.stringPropertyNames());
        onlyCy.removeAll(en.stringPropertyNames());
        assertEquals(Set.of(), onlyEn, "keys with no Welsh");
        assertEquals(Set.of(), onlyCy, "keys with no English");
        assertTrue(en.size() > 30, "the bundle was read: " + en.size() + " messages");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = { "msg", "co", "ws", "re" })
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

    private static Properties load(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundleTest.class.getClassLoader().getResourceAsStream(path)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
