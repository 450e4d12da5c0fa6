package cyd.initiative;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cyd.account.CouncilPages;
import cyd.account.CurrentPerson;
import cyd.account.Viewer;
import cyd.authority.Area;
import cyd.authority.Authority;
import cyd.idea.Idea;
import cyd.organisation.Organisation;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Initiatives as residents see them: the list, one initiative, starting one, and joining with an offer. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class InitiativeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Authority authority, List<Initiative> initiatives, Map<Long, Area> areas,
                int pending, boolean canApprove);

        static native TemplateInstance initiative(InitiativePageView v);

        static native TemplateInstance start(Authority authority, InitiativeForm form, List<Area> areas, Idea idea,
                String action, FormErrors errors);

        static native TemplateInstance join(Authority authority, Initiative initiative, OfferForm form, List<Need> needs,
                List<Area> areas, List<Organisation> partners, boolean editing, FormErrors errors);
    }

    @Inject
    CouncilPages councils;

    @Inject
    CurrentPerson me;

    @Inject
    InitiativePages pages;

    @Inject
    RequestContext ctx;

    @Inject
    InitiativeService initiatives;

    @Inject
    OfferService offers;

    @Inject
    PartnerService partnerService;

    @GET
    @Path("/{lang:en|cy}/{authority}/initiatives")
    public TemplateInstance list(String authority) {
        Authority a = councils.open(authority);
        Viewer v = me.viewer();
        int pending = v.isOfficerOf(a.id) ? Initiative.pendingForAuthority(a.id).size() : 0;
        return Templates.list(a, Initiative.approvedForAuthority(a.id), areas(a), pending, v.isOfficerOf(a.id));
    }

    @GET
    @Path("/{lang:en|cy}/{authority}/initiatives/{id}")
    public TemplateInstance initiative(String authority, @RestPath Long id, @RestQuery String notice) {
        Authority a = councils.open(authority);
        return Templates.initiative(pages.view(a, pages.of(a, id), notice));
    }

    @GET
    @Path("/{lang:en|cy}/{authority}/initiatives/new")
    public Object startPage(String authority, @RestQuery Long idea) {
        Authority a = councils.forConfirmed(authority);
        InitiativeForm form = new InitiativeForm();
        form.language = ctx.getLang();
        Idea from = idea == null ? null : pages.visibleIdea(a, idea);
        if (from != null) {
            form.title = from.title;
            form.description = from.description;
            form.language = from.language;
            form.areaId = from.areaId == null ? "" : from.areaId.toString();
        }
        return Templates.start(a, form, Area.forAuthority(a.id), from, startLink(a, from), FormErrors.none());
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/initiatives/new")
    public Response start(String authority, @RestQuery Long idea, @BeanParam InitiativeForm form) {
        Authority a = councils.forConfirmed(authority);
        Idea from = idea == null ? null : pages.visibleIdea(a, idea);
        Outcome<Initiative> result = initiatives.start(a, me.viewer(), form, from == null ? null : from.id);
        if (result instanceof Outcome.Invalid<Initiative> invalid) {
            return Pages.invalid(Templates.start(a, form, Area.forAuthority(a.id), from, startLink(a, from),
                    invalid.errors()));
        }
        if (result instanceof Outcome.Done<Initiative> ok) {
            Initiative i = ok.value();
            return Pages.seeOther(link(a, i) + "?notice=" + (i.isPublic() ? "started" : "awaiting_approval"));
        }
        throw new ForbiddenException();
    }

    @GET
    @Path("/{lang:en|cy}/{authority}/initiatives/{id}/join")
    public Object joinPage(String authority, @RestPath Long id) {
        Authority a = councils.open(authority);
        Initiative i = pages.require(pages.confirmed(a, id), InitiativePermissions::canJoin);
        Offer mine = Offer.of(i.id, me.id()).filter(Offer::isActive).orElse(null);
        OfferForm form = mine == null ? new OfferForm() : OfferForm.of(mine, offers.needsOffered(mine.id));
        return Templates.join(a, i, form, Need.forInitiative(i.id), Area.forAuthority(a.id), partnerService.partners(i.id),
                mine != null, FormErrors.none());
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/initiatives/{id}/join")
    public Response join(String authority, @RestPath Long id, @BeanParam OfferForm form) {
        Authority a = councils.open(authority);
        Initiative i = pages.confirmed(a, id);
        boolean editing = Offer.of(i.id, me.id()).map(Offer::isActive).orElse(false);
        Outcome<Initiative> result = offers.join(a, me.viewer(), id, form);
        if (result instanceof Outcome.Invalid<Initiative> invalid) {
            return Pages.invalid(Templates.join(a, i, form, Need.forInitiative(i.id), Area.forAuthority(a.id),
                    partnerService.partners(i.id), editing, invalid.errors()));
        }
        if (result instanceof Outcome.Done) {
            return Pages.seeOther(link(a, i) + "?notice=" + (editing ? "offer_changed" : "joined"));
        }
        throw new ForbiddenException();
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/initiatives/{id}/leave")
    public Response leave(String authority, @RestPath Long id) {
        Authority a = councils.open(authority);
        Initiative i = pages.signedIn(a, id);
        Outcome<Initiative> result = offers.withdraw(a, me.viewer(), id);
        return Pages.seeOther(link(a, i) + (result instanceof Outcome.Done ? "?notice=left" : ""));
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/initiatives/{id}/partners")
    public Response addPartner(String authority, @RestPath Long id, @RestForm String organisationId) {
        Authority a = councils.open(authority);
        Initiative i = pages.signedIn(a, id);
        Outcome<String> result = partnerService.addPartner(a, me.viewer(), id, InitiativeService.parseId(organisationId));
        if (result instanceof Outcome.Done<String> done) {
            return Pages.seeOther(link(a, i) + (InitiativePartner.ACCEPTED.equals(done.value())
                    ? "?notice=partner_added" : "?notice=partner_requested"));
        }
        throw new ForbiddenException();
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/initiatives/{id}/partners/{organisationId}/{decision:accept|decline}")
    public Response decidePartner(String authority, @RestPath Long id, @RestPath Long organisationId,
            @RestPath String decision) {
        Authority a = councils.open(authority);
        Initiative i = pages.signedIn(a, id);
        boolean accept = "accept".equals(decision);
        if (partnerService.decidePartner(a, me.viewer(), id, organisationId, accept) instanceof Outcome.Done) {
            return Pages.seeOther(link(a, i) + (accept ? "?notice=partner_accepted" : "?notice=partner_declined"));
        }
        if (InitiativePermissions.canDecidePartners(initiatives.standing(me.viewer(), i), i)) {
            // An organiser whose answer no longer applies (a second click, or another organiser first).
            return Pages.seeOther(link(a, i));
        }
        throw new ForbiddenException();
    }

    static Map<Long, Area> areas(Authority a) {
        return Area.forAuthority(a.id).stream().collect(Collectors.toMap(ar -> ar.id, Function.identity()));
    }

    private String startLink(Authority a, Idea from) {
        return ctx.link("/" + a.slug + "/initiatives/new") + (from == null ? "" : "?idea=" + from.id);
    }

    private String link(Authority a, Initiative i) {
        return ctx.link("/" + a.slug + "/initiatives/" + i.id);
    }
}
