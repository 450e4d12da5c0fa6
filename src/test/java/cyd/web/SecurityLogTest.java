package cyd.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cyd.account.Person;
import cyd.authority.Authority;
import cyd.support.Browser;
import cyd.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/** Sign-ins and refusals are written to the cyd.security log, without passwords or whole addresses. */
@QuarkusTest
class SecurityLogTest {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord r) {
            lines.add(r.getLevel() + " " + (r.getParameters() == null ? r.getMessage()
                    : String.format(r.getMessage(), r.getParameters())));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger("cyd.security").addHandler(handler);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("cyd.security").removeHandler(handler);
    }

    @Test
    void signInsSucceededAndFailedAndRefusalsAreLoggedWithoutPasswordsOrAddresses() {
        Person resident = Fixtures.resident();
        Browser b = new Browser();
        b.get("/en/sign-in");
        assertEquals(422, b.post("/en/sign-in", "email", resident.email, "password", "a wrong guess").statusCode());
        b.signIn(resident.email, Fixtures.PASSWORD);
        Authority council = Fixtures.authority(false);
        assertEquals(403, b.request("/en/" + council.slug + "/manage").statusCode());

        String hash = SecurityLog.emailHash(resident.email);
        assertThat(lines, hasItem(startsWith("WARN sign-in wrong email=" + hash + " person=- address=")));
        assertThat(lines, hasItem(startsWith("INFO sign-in ok email=" + hash + " person=" + resident.id + " ")));
        assertThat(lines, hasItem(startsWith("WARN refused GET /en/" + council.slug + "/manage person=" + resident.id)));
        for (String line : lines) {
            assertThat(line, not(containsString("a wrong guess")));
            assertThat(line, not(containsString(Fixtures.PASSWORD)));
            assertThat(line, not(containsString(resident.email)));
        }
    }
}
