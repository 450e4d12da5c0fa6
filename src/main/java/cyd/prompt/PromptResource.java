package cyd.prompt;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cyd.account.CouncilPages;
import cyd.authority.Area;
import cyd.authority.Authority;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A council's home page: the questions it is asking now, and those it asked before. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PromptResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Authority authority, List<Prompt> open, List<Prompt> closed,
                List<Prompt> archived, Map<Long, Area> areas);
    }

    @Inject
    CouncilPages councils;

    @Inject
    Clock clock;

    @GET
    @Path("/{lang:en|cy}/{authority}")
    public TemplateInstance home(String authority) {
        Authority a = councils.open(authority);
        List<Prompt> published = Prompt.publishedForAuthority(a.id);
        var now = clock.instant();
        List<Prompt> open = published.stream().filter(p -> p.isOpen(now)).toList();
        List<Prompt> closed = published.stream().filter(p -> !p.isOpen(now)).toList();
        return Templates.home(a, open, closed, Prompt.archivedForAuthority(a.id), areasOf(a));
    }

    static Map<Long, Area> areasOf(Authority a) {
        return Area.forAuthority(a.id).stream().collect(Collectors.toMap(ar -> ar.id, Function.identity()));
    }
}
