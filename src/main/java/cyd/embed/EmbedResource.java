package cyd.embed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import cyd.authority.Authority;
import cyd.idea.Idea;
import cyd.idea.IdeaPage;
import cyd.idea.IdeaService;
import cyd.idea.IdeaSort;
import cyd.prompt.Prompt;
import cyd.web.Site;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import cyd.web.Lang;

/**
 * A question as a council's own website shows it: server-rendered, a few kilobytes, no cookies, no sign-in;
 * every action opens Cyd in a new tab. Framed only by the council's allowed sites (and Cyd itself, for the
 * officer's preview), and cheap to serve again: ETag and a five-minute public cache.
 */
@Path("/")
public class EmbedResource {

    public static final int TOP_DEFAULT = 3;
    public static final int TOP_MAX = 10;
    static final String CACHE = "public, max-age=300";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance prompt(Authority authority, Prompt prompt, List<Idea> ideas, boolean open,
                String lang, String home);
    }

    @Inject
    IdeaService ideas;

    @Inject
    EmbedSites sites;

    @Inject
    Site site;

    @Inject
    cyd.account.CouncilPages pages;

    @GET
    @Path("/embed/{lang:en|cy}/{authority}/prompts/{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response prompt(String lang, String authority, @RestPath Long id, @RestQuery Integer top,
            @RestHeader("If-None-Match") String ifNoneMatch) {
        Authority a = pages.inItsLanguages(authority);
        Prompt p = Prompt.inAuthority(a.id, id).filter(Prompt::isPublished).orElseThrow(NotFoundException::new);
        String language = lang;
        int limit = top == null ? TOP_DEFAULT : Math.max(1, Math.min(top, TOP_MAX));
        IdeaPage page = ideas.page(p.id, IdeaSort.TOP, null, limit);
        String html = Templates.prompt(a, p, page.ideas(), p.isOpen(java.time.Instant.now()), language,
                a.link(language, "/prompts/", p.id)).setLocale(Lang.locale(language)).render();
        String ancestors = frameAncestors(sites.of(a.id));
        String etag = "\"" + digest(html + "|" + ancestors) + "\"";
        String policy = "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self'; base-uri 'none'; "
                + "form-action 'none'; frame-ancestors " + ancestors;
        Response.ResponseBuilder r = etag.equals(ifNoneMatch) ? Response.notModified()
                : Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        return r.header("ETag", etag).header("Cache-Control", CACHE).header("Content-Security-Policy", policy)
                .header("Content-Language", language).build();
    }

    /** Exactly the council's allowed sites, and Cyd itself so officers can preview. */
    static String frameAncestors(List<String> origins) {
        StringBuilder b = new StringBuilder("'self'");
        for (String origin : origins) {
            b.append(' ').append(origin);
        }
        return b.toString();
    }

    static String digest(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
