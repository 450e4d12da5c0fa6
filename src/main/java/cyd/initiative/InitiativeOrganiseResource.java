package cyd.initiative;

import java.util.List;
import java.util.Map;

import cyd.account.CouncilPages;
import cyd.account.CurrentPerson;
import cyd.account.Person;
import cyd.authority.Area;
import cyd.authority.Authority;
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

/** The organisers' side of an initiative: editing it, its needs and news, the offers made, approval. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class InitiativeOrganiseResource {

    /** One offer as organisers see it: the email address only if its owner agreed to share it. */
    public record OfferRow(Offer offer, String name, String email, List<Need> needs, Organisation through,
            Area area) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(Authority authority, Initiative initiative, InitiativeForm form,
                List<Area> areas, FormErrors errors);

        static native TemplateInstance need(Authority authority, Initiative initiative, NeedForm form, FormErrors errors);

        static native TemplateInstance update(Authority authority, Initiative initiative, String body, String language,
                FormErrors errors);

        static native TemplateInstance offers(Authority authority, Initiative initiative, List<OfferRow> offers);

        static native TemplateInstance approvals(Authority authority, List<Initiative> pending, Map<Long, String> starters);
    }

    @Inject
    CouncilPages councils;

    @Inject
    CurrentPerson me;

    @Inject
    InitiativePages initiativePages;

    @Inject
    RequestContext ctx;

    @Inject
    InitiativeService initiatives;

    @Inject
    NeedService needs;

    @Inject
    OfferService offerService;

    @Inject
    PartnerService partnerService;

    @GET
    @Path("/{lang:en|cy}/{authority}/initiatives/{id}/edit")
    public TemplateInstance editPage(String authority, @RestPath Long id) {
        Authority a = councils.open(authority);
        Initiative i = organised(a, id);
        return Templates.edit(a, i, InitiativeForm.of(i), Area.forAuthority(a.id), FormErrors.none());
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/initiatives/{id}/edit")
    public Response edit(String authority, @RestPath Long id, @BeanParam InitiativeForm form) {
        Authority a = councils.open(authority);
        Initiative i = organised(a, id);
        Outcome<Initiative> r = initiatives.edit(a, me.viewer(), id, form);
        if (r instanceof Outcome.Invalid<Initiative> invalid) {
            return Pages.invalid(Templates.edit(a, i, form, Area.forAuthority(a.id), invalid.errors()));
        }
        return done(a, r, "saved");
    }

    @GET
    @Path("/{lang:en|cy}/{authority}/initiatives/{id}/needs/new")
    public TemplateInstance needPage(String authority, @RestPath Long id) {
        Authority a = councils.open(authority);
        return Templates.need(a, organised(a, id), new NeedForm(), FormErrors.none());
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/initiatives/{id}/needs/new")
    public Response addNeed(String authority, @RestPath Long id, @BeanParam NeedForm form) {
        Authority a = councils.open(authority);
        Initiative i = organised(a, id);
        Outcome<Initiative> r = needs.addNeed(a, me.viewer(), id, form);
        if (r instanceof Outcome.Invalid<Initiative> invalid) {
            return Pages.invalid(Templates.need(a, i, form, invalid.errors()));
        }
        return done(a, r, "need_added");
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/initiatives/{id}/needs/{needId}/remove")
    public Response removeNeed(String authority, @RestPath Long id, @RestPath Long needId) {
        Authority a = councils.open(authority);
        organised(a, id);
        return done(a, needs.removeNeed(a, me.viewer(), id, needId), "need_removed");
    }

    @GET
    @Path("/{lang:en|cy}/{authority}/initiatives/{id}/updates/new")
    public TemplateInstance updatePage(String authority, @RestPath Long id) {
        Authority a = councils.open(authority);
        return Templates.update(a, organised(a, id), "", ctx.getLang(), FormErrors.none());
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/initiatives/{id}/updates/new")
    public Response postUpdate(String authority, @RestPath Long id, @RestForm String body, @RestForm String language) {
        Authority a = councils.open(authority);
        Initiative i = organised(a, id);
        Outcome<Initiative> r = initiatives.postUpdate(a, me.viewer(), id, body, language);
        if (r instanceof Outcome.Invalid<Initiative> invalid) {
            return Pages.invalid(Templates.update(a, i, body, language, invalid.errors()));
        }
        return done(a, r, "update_posted");
    }

    @GET
    @Path("/{lang:en|cy}/{authority}/initiatives/{id}/offers")
    public TemplateInstance offers(String authority, @RestPath Long id) {
        Authority a = councils.open(authority);
        Initiative i = organised(a, id);
        List<Offer> offers = Offer.activeFor(i.id);
        Map<Long, Person> people = Person.<Person>list("id in ?1",
                offers.isEmpty() ? List.of(-1L) : offers.stream().map(o -> o.personId).toList()).stream()
                .collect(java.util.stream.Collectors.toMap(p -> p.id, p -> p));
        List<Need> needs = Need.forInitiative(i.id);
        Map<Long, Organisation> orgs = partnerService.partners(i.id).stream()
                .collect(java.util.stream.Collectors.toMap(o -> o.id, o -> o));
        Map<Long, Area> areas = InitiativeResource.areas(a);
        List<OfferRow> rows = offers.stream().map(o -> {
            Person p = people.get(o.personId);
            List<Long> chosen = offerService.needsOffered(o.id);
            return new OfferRow(o, p == null ? null : p.displayName, o.shareEmail && p != null ? p.email : null,
                    needs.stream().filter(n -> chosen.contains(n.id)).toList(),
                    o.organisationId == null ? null : orgs.get(o.organisationId),
                    o.areaId == null ? null : areas.get(o.areaId));
        }).toList();
        return Templates.offers(a, i, rows);
    }

    @GET
    @Path("/{lang:en|cy}/{authority}/manage/initiatives")
    public TemplateInstance approvals(String authority) {
        Authority a = councils.forOfficers(authority);
        List<Initiative> pending = Initiative.pendingForAuthority(a.id);
        return Templates.approvals(a, pending, Person.displayNames(pending.stream().map(i -> i.startedBy).toList()));
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/manage/initiatives/{id}/approve")
    public Response approve(String authority, @RestPath Long id) {
        Authority a = councils.open(authority);
        Outcome<Initiative> r = initiatives.approve(a, me.viewer(), id, true);
        return r instanceof Outcome.Done ? done(a, r, "approved") : alreadyDecided(a, id);
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/manage/initiatives/{id}/decline")
    public Response decline(String authority, @RestPath Long id) {
        Authority a = councils.open(authority);
        Outcome<Initiative> r = initiatives.approve(a, me.viewer(), id, false);
        if (r instanceof Outcome.Done) {
            return Pages.seeOther(ctx.link("/" + a.slug + "/manage/initiatives"));
        }
        return alreadyDecided(a, id);
    }

    /**
     * An officer whose approval no longer applies (a second click, or another officer decided a moment earlier)
     * goes back to what still waits; anyone else is refused.
     */
    private Response alreadyDecided(Authority a, Long id) {
        initiativePages.of(a, id);
        if (me.viewer().isOfficerOf(a.id)) {
            return Pages.seeOther(ctx.link("/" + a.slug + "/manage/initiatives"));
        }
        throw new ForbiddenException();
    }

    /** The initiative, for one of its organisers; others are sent to sign in, or refused. */
    private Initiative organised(Authority a, Long id) {
        return initiativePages.allowed(a, id, InitiativePermissions::canEdit);
    }

    private Response done(Authority a, Outcome<Initiative> r, String notice) {
        if (r instanceof Outcome.Done<Initiative> ok) {
            return Pages.seeOther(ctx.link("/" + a.slug + "/initiatives/" + ok.value().id) + "?notice=" + notice);
        }
        throw new ForbiddenException();
    }
}
