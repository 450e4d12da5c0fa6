package cyd.account;

import java.net.URI;

import cyd.authority.Authority;
import cyd.web.Lang;
import cyd.web.AnswerNow;
import cyd.web.ErrorPages;
import cyd.web.Pages;
import cyd.web.RequestContext;
import cyd.web.SecurityHeaders;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.RedirectionException;
import jakarta.ws.rs.core.Response;

/**
 * Finds the council a page belongs to and dresses the page in its name and colour. Welsh pages of an
 * English-only council go to the English page.
 */
@RequestScoped
public class CouncilPages {

    @Inject
    RequestContext ctx;

    @Inject
    CurrentPerson me;

    @Inject
    ErrorPages errorPages;

    public Authority open(String slug) {
        Authority authority = inItsLanguages(slug);
        ctx.setAuthority(authority, me.viewer().isOfficerOf(authority.id));
        return authority;
    }

    /**
     * The council, for anything with a language in its address (pages, feeds, calendars, the embedded question):
     * asked for in a language the council does not use, the same address in English answers instead.
     */
    public Authority inItsLanguages(String slug) {
        Authority authority = Authority.bySlug(slug).orElseThrow(NotFoundException::new);
        if (!authority.offers(ctx.getLang())) {
            String query = ctx.getQuery();
            String path = ctx.getPath();
            String english = path.startsWith(SecurityHeaders.EMBED_PREFIX)
                    ? SecurityHeaders.EMBED_PREFIX + Lang.counterpart(path.substring(SecurityHeaders.EMBED_PREFIX.length() - 1), query).substring(1)
                    : Lang.counterpart(path, query);
            throw new RedirectionException(Response.Status.SEE_OTHER, URI.create(english));
        }
        return authority;
    }

    /**
     * The council, for pages only its officers use: signed-out people are sent to sign in and come back;
     * residents and other councils' officers are refused.
     */
    public Authority forOfficers(String slug) {
        Authority authority = open(slug);
        if (!me.isSignedIn()) {
            throw new RedirectionException(Pages.signInFirst(ctx));
        }
        if (!me.viewer().isOfficerOf(authority.id)) {
            throw new ForbiddenException();
        }
        return authority;
    }

    /**
     * The council, for a resident who may post there: signed-out people are sent to sign in and come back; a person
     * whose address is not yet confirmed is asked to confirm it first.
     */
    public Authority forConfirmed(String slug) {
        Authority authority = open(slug);
        requireConfirmed();
        return authority;
    }

    /** Sends a signed-out person to sign in, and asks someone whose address is unconfirmed to confirm it. */
    public void requireConfirmed() {
        if (!me.isSignedIn()) {
            throw new RedirectionException(Pages.signInFirst(ctx));
        }
        if (!me.viewer().verified()) {
            throw new AnswerNow(errorPages.confirmEmailFirst());
        }
    }

    /** The council, for its moderators only (officers without the moderator role are refused). */
    public Authority forModerators(String slug) {
        Authority authority = forOfficers(slug);
        if (!me.viewer().isModeratorOf(authority.id)) {
            throw new ForbiddenException();
        }
        return authority;
    }

    /** The council, for its admins only. */
    public Authority forAdmins(String slug) {
        Authority authority = forOfficers(slug);
        if (!me.viewer().isAdminOf(authority.id)) {
            throw new ForbiddenException();
        }
        return authority;
    }
}
