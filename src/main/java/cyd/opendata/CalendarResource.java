package cyd.opendata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestPath;

import cyd.authority.Authority;
import cyd.initiative.Approval;
import cyd.initiative.Initiative;
import cyd.initiative.Need;
import cyd.web.Site;
import io.quarkus.panache.common.Page;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/** Calendar feeds of the dated needs of a council's initiatives, or of one initiative, from a month ago on. */
@Path("/")
public class CalendarResource {

    public static final String CALENDAR = "text/calendar";
    static final int EVENTS_MAX = 500;

    @Inject
    Site site;

    @Inject
    cyd.account.CouncilPages pages;

    @GET
    @Path("/{lang:en|cy}/{authority}/initiatives.ics")
    @Produces(CALENDAR)
    public Response council(String lang, String authority) {
        Authority a = pages.inItsLanguages(authority);
        List<Initiative> initiatives = Initiative.approvedForAuthority(a.id);
        return calendar(a, lang, a.name(lang), initiatives);
    }

    @GET
    @Path("/{lang:en|cy}/{authority}/initiatives/{id}/calendar.ics")
    @Produces(CALENDAR)
    public Response initiative(String lang, String authority, @RestPath Long id) {
        Authority a = pages.inItsLanguages(authority);
        Initiative i = Initiative.inAuthority(a.id, id).filter(x -> x.approval == Approval.APPROVED)
                .orElseThrow(NotFoundException::new);
        return calendar(a, lang, i.title, List.of(i));
    }

    private Response calendar(Authority a, String lang, String name, List<Initiative> initiatives) {
        Map<Long, Initiative> byId = new java.util.HashMap<>();
        initiatives.forEach(i -> byId.put(i.id, i));
        List<ICalendar.Event> events = new ArrayList<>();
        if (!byId.isEmpty()) {
            LocalDate from = LocalDate.now(ICalendar.LONDON).minusDays(30);
            List<Need> needs = Need.<Need>find("initiativeId in ?1 and onDate >= ?2 order by onDate, startsAt, id",
                    List.copyOf(byId.keySet()), from).page(Page.ofSize(EVENTS_MAX)).list();
            String host = java.net.URI.create(site.base()).getHost();
            for (Need n : needs) {
                Initiative i = byId.get(n.initiativeId);
                events.add(new ICalendar.Event("need-" + n.id + "@" + host, n.onDate, n.startsAt, n.endsAt,
                        i.title + ": " + n.description, n.whereText, n.whenText,
                        site.url(a.link(lang, "/initiatives/", i.id))));
            }
        }
        return Response.ok(ICalendar.write(name, events, Instant.now()), CALENDAR + "; charset=utf-8")
                .header("Cache-Control", "public, max-age=300").build();
    }
}
