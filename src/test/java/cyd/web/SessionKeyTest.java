package cyd.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Changing the key that signs sign-in cookies, in the three steps deploy/OPERATIONS.md gives, signs nobody out: at
 * each step every instance, on the old settings or the new, believes every cookie any other instance signed.
 */
class SessionKeyTest {

    static final String OLD = "the key every instance signs with today, long enough";
    static final String NEW = "the key every instance will sign with, also long enough";

    @Test
    void everyStepOfAKeyChangeBelievesWhatTheStepsBeforeAndAfterSigned() {
        Secrets before = secrets(OLD);
        Secrets step1 = secrets(OLD, NEW); // the new key believed everywhere first
        Secrets step2 = secrets(NEW, OLD); // then signed with, the old one still believed
        Secrets step3 = secrets(NEW); // once the longest sign-in has run out, the old one goes
        List<Secrets> rolling = List.of(before, step1, step2);
        for (Secrets signer : rolling) {
            String cookie = "42.1767225600.0.random";
            String signature = signer.sign("session", cookie);
            for (Secrets reader : List.of(before, step1, step2)) {
                if (reader == before && signer == step2) {
                    continue; // never side by side: step 1 is everywhere before step 2 starts
                }
                assertTrue(reader.verify("session", cookie, signature), "a cookie signed in one step is believed in "
                        + "the next and the one before");
            }
        }
        assertEquals(step3.sign("session", "x"), step2.sign("session", "x"), "step 2 signs with the new key");
        assertFalse(step3.verify("session", "x", before.sign("session", "x")),
                "once the old key is dropped, what it signed is no longer believed");
        assertFalse(step2.verify("csrf", "x", before.sign("session", "x")), "a signature is for one purpose");
    }

    @Test
    void aShortKeyIsRefusedAtStart() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> secrets(NEW, "too short"));
        assertTrue(e.getMessage().contains("cyd.session.also-accepted"));
    }

    private static Secrets secrets(String key, String... alsoAccepted) {
        Settings.Session session = (Settings.Session) Proxy.newProxyInstance(Settings.class.getClassLoader(),
                new Class<?>[] { Settings.Session.class }, (p, m, args) -> switch (m.getName()) {
                    case "secret" -> Optional.of(key);
                    case "alsoAccepted" -> Optional.of(List.of(alsoAccepted));
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        Secrets s = new Secrets();
        s.settings = (Settings) Proxy.newProxyInstance(Settings.class.getClassLoader(), new Class<?>[] { Settings.class },
                (p, m, args) -> {
                    if (m.getName().equals("session")) {
                        return session;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
        s.load();
        return s;
    }
}
