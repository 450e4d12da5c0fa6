package cyd.account;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cyd.support.Browser;
import cyd.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/**
 * A client that is not one of the trusted proxies cannot choose the address it is counted under by sending
 * X-Forwarded-For: here the only trusted proxy is elsewhere, so every request from the test counts as loopback.
 */
@QuarkusTest
@TestProfile(UntrustedProxyTest.ProxyElsewhere.class)
class UntrustedProxyTest {

    public static class ProxyElsewhere implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.trusted-proxies", "192.0.2.10");
        }
    }

    @Inject
    Throttle throttle;

    @AfterEach
    void letLoopbackSignInAgain() {
        throttle.clear(Throttle.key("sign-in-address", "127.0.0.1"));
    }

    @Test
    void forwardedForFromAnUntrustedClientDoesNotEscapeTheLimitPerNetworkAddress() {
        Browser browser = new Browser();
        browser.get("/en/sign-in");
        for (int i = 0; i < Throttle.SIGN_IN_PER_ADDRESS.max(); i++) {
            browser.header("X-Forwarded-For", "198.51.100." + i);
            Response r = browser.post("/en/sign-in", "email", Fixtures.unique("nobody") + "@example.org",
                    "password", "wrong password " + i);
            assertEquals(422, r.statusCode(), "attempt " + i);
        }
        browser.header("X-Forwarded-For", "203.0.113.77");
        Response refused = browser.post("/en/sign-in", "email", Fixtures.unique("nobody") + "@example.org",
                "password", "yet another guess");
        assertEquals(429, refused.statusCode(), "the 51st attempt from one address is refused, whatever it claims");
        assertThat(refused.asString(), containsString("Too many"));
    }
}
