package cyd.contribution;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cyd.account.CouncilPages;
import cyd.account.CurrentPerson;
import cyd.account.Person;
import cyd.authority.Authority;
import cyd.initiative.Initiative;
import cyd.initiative.InitiativePermissions;
import cyd.initiative.InitiativeService;
import cyd.web.FormErrors;
import cyd.web.Money;
import cyd.web.Outcome;
import cyd.web.Pages;
import cyd.web.RequestContext;
import cyd.web.TemplateExtensions;
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

/** Logging contributions, organisers confirming them, and each person's own record. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ContributionResource {

    /** A line of someone's record: the contribution, where it was given, and who confirmed it. */
    public record RecordRow(Contribution contribution, Initiative initiative, Authority authority, String confirmedBy) {
    }

    /** What one council's hourly value makes of the hours a person gave there. */
    public record RecordTotal(Authority authority, String hours, String value, String rate) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance log(Authority authority, Initiative initiative, ContributionForm form,
                FormErrors errors);

        static native TemplateInstance ledger(Authority authority, Initiative initiative, List<Contribution> contributions,
                Map<Long, String> names, Long me, FormErrors errors, Map<String, String> reasons);

        static native TemplateInstance record(Person person, List<RecordRow> rows, List<RecordTotal> totals,
                String printedOn);
    }

    @Inject
    CouncilPages councils;

    @Inject
    CurrentPerson me;

    @Inject
    cyd.initiative.InitiativePages initiativePages;

    @Inject
    RequestContext ctx;

    @Inject
    InitiativeService initiatives;

    @Inject
    ContributionService contributions;

    @GET
    @Path("/{lang:en|cy}/{authority}/initiatives/{id}/contributions/new")
    public TemplateInstance logPage(String authority, @RestPath Long id) {
        Authority a = councils.open(authority);
        Initiative i = forLogging(a, id);
        ContributionForm form = new ContributionForm();
        form.kind = "HOURS";
        LocalDate today = LocalDate.now(TemplateExtensions.LONDON);
        form.givenDay = Integer.toString(today.getDayOfMonth());
        form.givenMonth = Integer.toString(today.getMonthValue());
        form.givenYear = Integer.toString(today.getYear());
        return Templates.log(a, i, form, FormErrors.none());
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/initiatives/{id}/contributions/new")
    public Response log(String authority, @RestPath Long id, @BeanParam ContributionForm form) {
        Authority a = councils.open(authority);
        Initiative i = forLogging(a, id);
        Outcome<Contribution> r = contributions.log(a, me.viewer(), i.id, form);
        if (r instanceof Outcome.Invalid<Contribution> invalid) {
            return Pages.invalid(Templates.log(a, i, form, invalid.errors()));
        }
        if (r instanceof Outcome.Done) {
            return Pages.seeOther(ctx.link("/" + a.slug + "/initiatives/" + i.id) + "?notice=logged");
        }
        throw new ForbiddenException();
    }

    @GET
    @Path("/{lang:en|cy}/{authority}/initiatives/{id}/contributions")
    public TemplateInstance ledger(String authority, @RestPath Long id) {
        Authority a = councils.open(authority);
        Initiative i = forOrganisers(a, id);
        return ledgerPage(a, i, FormErrors.none(), Map.of());
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/contributions/{cid}/confirm")
    public Response confirm(String authority, @RestPath Long cid) {
        Authority a = councils.open(authority);
        Contribution c = Contribution.<Contribution>findByIdOptional(cid).orElseThrow(NotFoundException::new);
        if (contributions.confirm(a, me.viewer(), cid) instanceof Outcome.Done) {
            return Pages.seeOther(ctx.link("/" + a.slug + "/initiatives/" + c.initiativeId + "/contributions"));
        }
        throw new ForbiddenException();
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/contributions/{cid}/query")
    public Response query(String authority, @RestPath Long cid, @RestForm String reason) {
        Authority a = councils.open(authority);
        Contribution c = Contribution.<Contribution>findByIdOptional(cid).orElseThrow(NotFoundException::new);
        Outcome<Contribution> r = contributions.query(a, me.viewer(), cid, reason);
        if (r instanceof Outcome.Invalid<Contribution> invalid) {
            Initiative i = forOrganisers(a, c.initiativeId);
            ctx.showAs(ctx.link("/" + a.slug + "/initiatives/" + i.id + "/contributions"));
            return Pages.invalid(ledgerPage(a, i, invalid.errors(), Map.of("reason-" + cid, reason == null ? "" : reason)));
        }
        if (r instanceof Outcome.Done) {
            return Pages.seeOther(ctx.link("/" + a.slug + "/initiatives/" + c.initiativeId + "/contributions"));
        }
        throw new ForbiddenException();
    }

    /** Everything the person has given, where and when, confirmed by whom: printable for a CV or a reference. */
    @GET
    @Path("/{lang:en|cy}/account/contributions")
    public Object record() {
        Person person = me.get();
        if (person == null) {
            return Pages.signInFirst(ctx);
        }
        List<Contribution> mine = Contribution.byPerson(person.id);
        Map<Long, Initiative> inits = mine.isEmpty() ? Map.of()
                : Initiative.<Initiative>list("id in ?1", mine.stream().map(c -> c.initiativeId).distinct().toList())
                        .stream().collect(Collectors.toMap(i -> i.id, i -> i));
        Map<Long, Authority> councilsById = inits.isEmpty() ? Map.of()
                : Authority.<Authority>list("id in ?1", inits.values().stream().map(i -> i.authorityId).distinct().toList())
                        .stream().collect(Collectors.toMap(x -> x.id, x -> x));
        Map<Long, String> names = Person.displayNames(mine.stream().map(c -> c.decidedBy).toList());
        List<RecordRow> rows = mine.stream().map(c -> {
            Initiative i = inits.get(c.initiativeId);
            return new RecordRow(c, i, councilsById.get(i.authorityId),
                    c.isConfirmed() && c.decidedBy != null ? names.get(c.decidedBy) : null);
        }).toList();
        List<RecordTotal> totals = councilsById.values().stream().map(council -> {
            long minutes = rows.stream().filter(r -> r.authority().id.equals(council.id) && r.contribution().isConfirmed()
                    && r.contribution().minutes != null).mapToLong(r -> r.contribution().minutes).sum();
            return new RecordTotal(council, Money.hours(minutes),
                    Money.pounds(Money.valuePence(minutes, council.hourlyValuePence)), Money.pounds(council.hourlyValuePence));
        }).toList();
        return Templates.record(person, rows, totals, TemplateExtensions.longDate(LocalDate.now(TemplateExtensions.LONDON),
                ctx.getLang()));
    }

    private TemplateInstance ledgerPage(Authority a, Initiative i, FormErrors errors, Map<String, String> reasons) {
        List<Contribution> list = Contribution.forInitiative(i.id);
        return Templates.ledger(a, i, list, Person.displayNames(list.stream().map(c -> c.personId).toList()), me.id(), errors, reasons);
    }

    private Initiative forLogging(Authority a, Long id) {
        return initiativePages.allowed(a, id, InitiativePermissions::canLogContribution);
    }

    private Initiative forOrganisers(Authority a, Long id) {
        return initiativePages.allowed(a, id, InitiativePermissions::canReviewLedger);
    }

}
