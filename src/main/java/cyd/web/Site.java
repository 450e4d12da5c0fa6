package cyd.web;

import jakarta.inject.Inject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Where Cyd is reached from outside: for links that leave the page (emails, embed code, feeds, oEmbed). */
@Named("site")
@ApplicationScoped
public class Site {

    @Inject
    Settings settings;

    /** The base address, without a trailing slash. */
    public String base() {
        return settings.baseUrl().replaceAll("/+$", "");
    }

    /** An absolute address for a path within Cyd. */
    public String url(String path) {
        return base() + path;
    }
}
