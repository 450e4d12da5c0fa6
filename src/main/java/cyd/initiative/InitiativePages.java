package cyd.initiative;

import java.util.function.BiPredicate;

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
}
