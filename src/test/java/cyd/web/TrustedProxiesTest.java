package cyd.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * Every trusted proxy Cyd ships with is an address, never a name: Quarkus reads an entry it cannot parse as an IP or
 * CIDR as "host:port" (a bare "::1" becomes the host ":" with port 1) and resolves it on every request, so each
 * answer waited for a DNS lookup (bench/run.py measured the static file at 20 requests a second with "::1" and
 * thousands with "::1/128").
 */
class TrustedProxiesTest {

    @Test
    void everyTrustedProxyIsAnAddressOrRangeNotAName() throws IOException {
        Properties p = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("application.properties")) {
            p.load(in);
        }
        String list = p.getProperty("quarkus.http.proxy.trusted-proxies");
        for (String entry : list.split(",")) {
            String e = entry.strip();
            boolean ipv4 = e.matches("\\d{1,3}(\\.\\d{1,3}){3}(/\\d{1,2})?");
            boolean ipv6Range = e.contains(":") && e.matches("[0-9a-fA-F:]+/\\d{1,3}");
            assertTrue(ipv4 || ipv6Range, e + " would be looked up as a host name on every request");
        }
    }
}
