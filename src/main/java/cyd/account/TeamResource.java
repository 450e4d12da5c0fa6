package cyd.account;

import java.util.List;
import java.util.Map;
import java.util.Set;

import cyd.authority.Authority;
import cyd.web.FormErrors;
import cyd.web.Outcome;
import cyd.web.Pages;
import cyd.web.RequestContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Admins' page of the council's team: who are officers, moderators and admins. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class TeamResource {

    /** One member of the team as the page shows them. */
    public record Member(Long id, String name, String email, boolean moderator, boolean admin) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance team(Authority authority, List<Member> members, String email,
                boolean moderator, boolean admin, FormErrors errors, String notice);
    }

    @Inject
    CouncilPages councils;

    @Inject
    CurrentPerson me;

    @Inject
    RequestContext ctx;

    @Inject
    TeamService team;

    @GET
    @Path("/{lang:en|cy}/{authority}/manage/team")
    public TemplateInstance page(String authority, @RestQuery String notice) {
        Authority a = councils.forAdmins(authority);
        String known = "added".equals(notice) || "changed".equals(notice) || "removed".equals(notice) ? notice : null;
        return Templates.team(a, members(a), "", false, false, FormErrors.none(), known);
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/manage/team")
    public Response add(String authority, @RestForm String email, @RestForm String moderator,
            @RestForm String admin) {
        Authority a = councils.forAdmins(authority);
        boolean mod = "yes".equals(moderator);
        boolean adm = "yes".equals(admin);
        Outcome<Person> result = team.add(a, me.viewer(), email, mod, adm);
        if (result instanceof Outcome.Invalid<Person> invalid) {
            return Pages.invalid(Templates.team(a, members(a), email, mod, adm, invalid.errors(), null));
        }
        return after(a, result, "added");
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/manage/team/{person}")
    public Response roles(String authority, @RestPath Long person, @RestForm String moderator,
            @RestForm String admin) {
        Authority a = councils.forAdmins(authority);
        return after(a, team.setRoles(a, me.viewer(), person, "yes".equals(moderator), "yes".equals(admin)),
                "changed");
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/manage/team/{person}/remove")
    public Response remove(String authority, @RestPath Long person) {
        Authority a = councils.forAdmins(authority);
        return after(a, team.remove(a, me.viewer(), person), "removed");
    }

    private Response after(Authority a, Outcome<Person> result, String notice) {
        if (result instanceof Outcome.Done<Person>) {
            return Pages.seeOther(a.link(ctx.getLang(), "/manage/team?notice=", notice));
        }
        // Not an admin here, not on the team, or the council's last admin.
        throw new ForbiddenException();
    }

    private static List<Member> members(Authority a) {
        Map<Long, Set<String>> roles = OfficerRole.team(a.id);
        if (roles.isEmpty()) {
            return List.of();
        }
        return Person.<Person>list("id in ?1 order by displayName", List.copyOf(roles.keySet())).stream()
                .map(p -> new Member(p.id, p.displayName, p.email, roles.get(p.id).contains(OfficerRole.MODERATOR),
                        roles.get(p.id).contains(OfficerRole.ADMIN)))
                .toList();
    }
}
