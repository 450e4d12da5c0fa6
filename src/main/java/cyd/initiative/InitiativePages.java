package cyd.initiative;

import java.util.function.BiPredicate;
import java.util.List;

import cyd.account.Person;
import cyd.account.Viewer;
import cyd.authority.Area;
import cyd.idea.Idea;
import cyd.organisation.Organisation;
import cyd.organisation.OrganisationRep;
import cyd.prompt.Prompt;
import cyd.prompt.PromptPermissions;
import cyd.web.Money;

import cyd.account.CouncilPages;
import cyd.account.CurrentPerson;
import cyd.authority.Authority;
import cyd.web.Pages;
import cyd.web.RequestContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.RedirectionException;

/**
 * Finds the initiative a page is about and lets in only those its rule allows, one way for every page: an
 * initiative of another council is not found (404); a signed-out person is sent to sign in and comes back; someone
 * the rule in {@link InitiativePermissions} does not let in is refused (403).
 */
@RequestScoped
public class InitiativePages {

    @Inject
    CouncilPages councils;

    @Inject
    CurrentPerson me;

    @Inject
    RequestContext ctx;

    @Inject
    InitiativeService initiatives;

    @Inject
    PartnerService partnerService;

    /** The initiative of this council with this id. */
    public Initiative of(Authority a, Long id) {
        return Initiative.inAuthority(a.id, id).orElseThrow(NotFoundException::new);
    }

    /** The initiative, for a signed-in person. */
    public Initiative signedIn(Authority a, Long id) {
        Initiative i = of(a, id);
        if (!me.isSignedIn()) {
            throw new RedirectionException(Pages.signInFirst(ctx));
        }
        return i;
    }

    /** The initiative, for a signed-in person whose address is confirmed. */
    public Initiative confirmed(Authority a, Long id) {
        Initiative i = of(a, id);
        councils.requireConfirmed();
        return i;
    }

    /** The initiative, for a signed-in person the rule lets in (e.g. {@code InitiativePermissions::canEdit}). */
    public Initiative allowed(Authority a, Long id, BiPredicate<Standing, Initiative> rule) {
        return require(signedIn(a, id), rule);
    }

    /** Refuses whoever the rule does not let in. */
    public Initiative require(Initiative i, BiPredicate<Standing, Initiative> rule) {
        if (!rule.test(initiatives.standing(me.viewer(), i), i)) {
            throw new ForbiddenException();
        }
        return i;
    }

    /** Everything an initiative's page shows this viewer; one awaiting approval is seen by its organisers only. */
    public InitiativePageView view(Authority a, Initiative i, String notice) {
        Viewer v = me.viewer();
        Standing s = initiatives.standing(v, i);
        if (!InitiativePermissions.canSee(s, i)) {
            throw new NotFoundException();
        }
        Area area = i.areaId == null ? null : Area.findById(i.areaId);
        Idea idea = i.ideaId == null ? null : visibleIdea(a, i.ideaId);
        List<InitiativeUpdate> updates = InitiativeUpdate.latest(i.id, 10);
        List<Organisation> partners = partnerService.partners(i.id);
        List<Organisation> requests = partnerService.partnerRequests(i.id);
        // A representative may ask for their verified organisations that are not partners or asking already.
        List<Organisation> canPartner = !i.isPublic() || !v.verified() ? List.of()
                : Organisation.representedBy(v.personId(), a.id).stream().filter(Organisation::isVerified)
                        .filter(o -> partners.stream().noneMatch(p -> p.id.equals(o.id)))
                        .filter(o -> requests.stream().noneMatch(p -> p.id.equals(o.id))).toList();
        List<Organisation> requestsShown = InitiativePermissions.canDecidePartners(s, i) ? requests
                : requests.stream().filter(o -> OrganisationRep.represents(v.personId(), o.id)).toList();
        Offer mine = Offer.of(i.id, v.personId()).orElse(null);
        return new InitiativePageView(a, i, area, idea, Need.forInitiative(i.id), partners, updates,
                Person.displayNames(updates.stream().map(u -> u.authorId).toList()), s, mine, value(a, i),
                InitiativePermissions.canEdit(s, i), InitiativePermissions.canJoin(s, i),
                InitiativePermissions.canLogContribution(s, i), InitiativePermissions.canApprove(s, i), canPartner,
                requestsShown, InitiativePermissions.canDecidePartners(s, i),
                InitiativeNotice.parse(notice));
    }

    /** The idea an initiative grew from, if its prompt is one residents can see. */
    public Idea visibleIdea(Authority a, Long ideaId) {
        Idea idea = Idea.findById(ideaId);
        if (idea == null || !idea.isShown()) {
            // Hidden or waiting for a moderator: not shown anywhere, here included.
            return null;
        }
        Prompt p = Prompt.inAuthority(a.id, idea.promptId).orElse(null);
        return p != null && PromptPermissions.canSee(me.viewer(), p) ? idea : null;
    }

    static InitiativePageView.Value value(Authority a, Initiative i) {
        return new InitiativePageView.Value(Money.hours(i.confirmedMinutes), Money.pounds(Money.valuePence(i.confirmedMinutes,
                a.hourlyValuePence)), Money.pounds(a.hourlyValuePence), i.councilAmountPence == null ? null : Money.pounds(i.councilAmountPence));
    }
}
