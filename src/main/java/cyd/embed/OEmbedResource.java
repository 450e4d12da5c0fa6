package cyd.embed;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.resteasy.reactive.RestQuery;

import cyd.authority.Authority;
import cyd.prompt.Prompt;
import cyd.web.Site;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import cyd.prompt.EmbedSnippets;
import cyd.web.ErrorPages;

/**
 * oEmbed (https://oembed.com): a council's web editor pastes a question's address into Drupal or WordPress
 * and gets the embedded question. Only Cyd's own published questions are answered; anything else is 404.
 */
@Path("/")
public class OEmbedResource {

    static final Pattern PROMPT = Pattern.compile("^/(?:embed/)?(en|cy)/([a-z0-9-]{1,60})/prompts/(\\d{1,18})/?$");
    static final int DEFAULT_WIDTH = 600;
    static final int DEFAULT_HEIGHT = 600;

    @Inject
    Site site;

    @GET
    @Path("/oembed")
    @Produces({ MediaType.APPLICATION_JSON, "application/problem+json" })
    public Response oembed(@RestQuery String url, @RestQuery String format, @RestQuery Integer maxwidth,
            @RestQuery Integer maxheight) {
        if (format != null && !"json".equals(format)) {
            return problem(501, "Only format=json is offered");
        }
        if (url == null || url.isBlank() || url.length() > 500) {
            return problem(400, "url is required");
        }
        Matcher m = match(url);
        if (m == null) {
            return problem(404, "Not a question on this Cyd");
        }
        String lang = m.group(1);
        Authority a = Authority.bySlug(m.group(2)).orElse(null);
        Prompt p = a == null ? null
                : Prompt.inAuthority(a.id, Long.valueOf(m.group(3))).filter(Prompt::isPublished).orElse(null);
        if (p == null) {
            return problem(404, "Not a published question on this Cyd");
        }
        String language = a.offers(lang) ? lang : "en";
        int width = maxwidth == null || maxwidth <= 0 ? DEFAULT_WIDTH : Math.min(maxwidth, DEFAULT_WIDTH);
        int height = maxheight == null || maxheight <= 0 ? DEFAULT_HEIGHT : Math.min(maxheight, DEFAULT_HEIGHT);
        String title = p.title(language);
        EmbedSnippets snippets = EmbedSnippets.of(site, a, p, language, title);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", "1.0");
        body.put("type", "rich");
        body.put("provider_name", "Cyd");
        body.put("provider_url", site.base());
        body.put("title", title);
        body.put("author_name", a.name(language));
        body.put("author_url", site.url(a.link(language)));
        body.put("width", width);
        body.put("height", height);
        body.put("cache_age", 3600);
        body.put("html", snippets.iframe().replace("width=\"100%\"", "width=\"" + width + "\"")
                .replace("height=\"600\"", "height=\"" + height + "\""));
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "public, max-age=3600")
                .build();
    }

    /** The address's question path, if the address is on this Cyd. */
    Matcher match(String url) {
        URI u;
        URI base;
        try {
            u = new URI(url.strip());
            base = new URI(site.base());
        } catch (java.net.URISyntaxException e) {
            return null;
        }
        if (u.getHost() == null || !u.getHost().equalsIgnoreCase(base.getHost()) || u.getPort() != base.getPort()
                || u.getPath() == null) {
            return null;
        }
        Matcher m = PROMPT.matcher(u.getPath());
        return m.matches() ? m : null;
    }

    private static Response problem(int status, String title) {
        return ErrorPages.problem(status, title, title);
    }
}
