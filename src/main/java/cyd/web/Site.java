package cyd.web;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Where Cyd is reached from outside: for links that leave the page (emails, embed code, feeds, oEmbed). */
@Named("site")
@ApplicationScoped
public class Site {

    @ConfigProperty(name = "cyd.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** The base address, without a trailing slash. */
    public String base() {
        return baseUrl.replaceAll("/+$", "");
    }

    /** An absolute address for a path within Cyd. */
    public String url(String path) {
        return base() + path;
    }
}
