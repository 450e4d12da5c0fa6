package cyd.organisation;

import java.util.List;

import cyd.account.CouncilPages;
import cyd.account.CurrentPerson;
import cyd.account.Person;
import cyd.account.Viewer;
import cyd.authority.Area;
import cyd.authority.Authority;
import cyd.web.FormErrors;
import cyd.web.Outcome;
import cyd.web.Pages;
import cyd.web.RequestContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** A council's directory of voluntary organisations, each organisation's page, and registering one. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class OrganisationResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance directory(Authority authority, List<Organisation> organisations);

        static native TemplateInstance invitations(List<OrganisationService.Invitation> invitations, String notice);

        static native TemplateInstance organisation(Authority authority, Organisation organisation, List<Area> areas,
                List<Person> representatives, boolean representative, boolean canVerify, String email,
                FormErrors errors, String notice);

        static native TemplateInstance register(Authority authority, OrganisationForm form, List<Area> areas,
                FormErrors errors);
    }


    @Inject
    CouncilPages councils;

    @Inject
    CurrentPerson me;

    @Inject
    RequestContext ctx;

    @Inject
    OrganisationService organisations;

    @GET
    @Path("/{lang:en|cy}/{authority}/organisations")
    public TemplateInstance directory(String authority) {
        Authority a = councils.open(authority);
        return Templates.directory(a, Organisation.forAuthority(a.id));
    }

    @GET
    @Path("/{lang:en|cy}/{authority}/organisations/{id}")
    public TemplateInstance organisation(String authority, @RestPath Long id, @RestQuery String notice) {
        Authority a = councils.open(authority);
        Organisation o = Organisation.inAuthority(a.id, id).orElseThrow(NotFoundException::new);
        return page(a, o, "", FormErrors.none(), notice);
    }

    @GET
    @Path("/{lang:en|cy}/{authority}/organisations/new")
    public Object registerPage(String authority) {
        Authority a = councils.forConfirmed(authority);
        OrganisationForm form = new OrganisationForm();
        form.language = ctx.getLang();
        return Templates.register(a, form, Area.forAuthority(a.id), FormErrors.none());
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/organisations/new")
    public Response register(String authority, @BeanParam OrganisationForm form) {
        Authority a = councils.forConfirmed(authority);
        Outcome<Organisation> r = organisations.register(a, me.viewer(), form);
        if (r instanceof Outcome.Invalid<Organisation> invalid) {
            return Pages.invalid(Templates.register(a, form, Area.forAuthority(a.id), invalid.errors()));
        }
        if (r instanceof Outcome.Done<Organisation> ok) {
            return Pages.seeOther(ctx.link("/" + a.slug + "/organisations/" + ok.value().id) + "?notice=registered");
        }
        throw new ForbiddenException();
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/organisations/{id}/verify")
    public Response verify(String authority, @RestPath Long id) {
        Authority a = councils.open(authority);
        if (organisations.verify(a, me.viewer(), id) instanceof Outcome.Done) {
            return Pages.seeOther(ctx.link("/" + a.slug + "/organisations/" + id) + "?notice=verified");
        }
        throw new ForbiddenException();
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/organisations/{id}/representatives")
    public Response inviteRepresentative(String authority, @RestPath Long id, @RestForm String email) {
        Authority a = councils.open(authority);
        Organisation o = Organisation.inAuthority(a.id, id).orElseThrow(NotFoundException::new);
        Outcome<Organisation> r = organisations.inviteRepresentative(a, me.viewer(), id, email);
        if (r instanceof Outcome.Invalid<Organisation> invalid) {
            ctx.showAs(ctx.link("/" + a.slug + "/organisations/" + id));
            boolean tooMany = invalid.errors().is("email", OrganisationMsg::invitesTooMany);
            return Response.status(tooMany ? 429 : 422).entity(page(a, o, email, invalid.errors(), null)).build();
        }
        if (r instanceof Outcome.Done) {
            return Pages.seeOther(ctx.link("/" + a.slug + "/organisations/" + id) + "?notice=representative_invited");
        }
        throw new ForbiddenException();
    }

    @GET
    @Path("/{lang:en|cy}/account/invitations")
    public Object invitations(@RestQuery String notice) {
        if (!me.isSignedIn()) {
            return Pages.signInFirst(ctx);
        }
        return Templates.invitations(organisations.invitations(me.id()),
                notice == null ? null : notice.replaceAll("[^a-z_]", ""));
    }

    @POST
    @Path("/{lang:en|cy}/account/invitations/{invitation}/{answer:accept|decline}")
    public Response answerInvitation(@RestPath Long invitation, @RestPath String answer) {
        if (!me.isSignedIn()) {
            return Pages.signInFirst(ctx);
        }
        boolean accept = "accept".equals(answer);
        Outcome<Long> r = organisations.answerInvitation(me.viewer(), invitation, accept);
        if (r instanceof Outcome.Done) {
            return Pages.seeOther(ctx.link("/account/invitations") + (accept ? "?notice=accepted" : "?notice=declined"));
        }
        throw new ForbiddenException();
    }

    private TemplateInstance page(Authority a, Organisation o, String email, FormErrors errors, String notice) {
        Viewer v = me.viewer();
        boolean rep = OrganisationRep.represents(v.personId(), o.id);
        return Templates.organisation(a, o, organisations.areasServed(o.id),
                rep || v.isOfficerOf(a.id) ? organisations.representatives(o.id) : List.of(), rep,
                OrganisationPermissions.canVerify(v, o), email, errors,
                notice == null ? null : notice.replaceAll("[^a-z_]", ""));
    }
}
