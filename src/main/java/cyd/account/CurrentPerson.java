package cyd.account;

import cyd.web.RequestContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The signed-in person of this request, read from the database once and only when asked for. */
@Named("me")
@RequestScoped
public class CurrentPerson {

    @Inject
    RequestContext ctx;

    /** How long any sign-in lasts (when its cookie expires, counted from signing in). */
    @Inject
    cyd.web.Settings settings;

    /** How long the sign-in of a council officer lasts: they sign in again each working day. */

    private Person person;
    private boolean loaded;

    /** The signed-in person, or null (also when their account was deleted since they signed in). */
    public Person get() {
        if (!loaded) {
            loaded = true;
            person = ctx.getPersonId() == null ? null : Person.findById(ctx.getPersonId());
            if (person != null && person.sessionEpoch != ctx.getSessionEpoch()) {
                // Signed in before a password reset or "sign out everywhere": no longer.
                person = null;
            }
            if (person != null && ctx.getSessionKey() != null && Person.getEntityManager()
                    .createNativeQuery("SELECT 1 FROM session_end WHERE session_hash = ?1")
                    .setParameter(1, ctx.getSessionKey()).getResultList().size() > 0) {
                // This sign-in was ended by signing out: its cookie, if kept or copied, no longer works.
                person = null;
            }
            if (person != null && ctx.getSessionExpires() != null && settings.session().officerMaxAge().compareTo(settings.session().maxAge()) < 0
                    && java.time.Instant.now().isAfter(ctx.getSessionExpires().minus(settings.session().maxAge())
                            .plus(settings.session().officerMaxAge()))
                    && OfficerRole.count("personId", person.id) > 0) {
                // An officer signed in longer ago than an officer's sign-in lasts: signed in again before acting.
                person = null;
            }
        }
        return person;
    }

    public Long id() {
        Person p = get();
        return p == null ? null : p.id;
    }

    private Viewer viewer;

    /** The signed-in person as permission rules see them. */
    public Viewer viewer() {
        if (viewer == null) {
            Person p = get();
            if (p == null) {
                viewer = Viewer.ANONYMOUS;
            } else {
                java.util.Map<Long, java.util.Set<String>> roles = new java.util.HashMap<>();
                for (OfficerRole r : OfficerRole.forPerson(p.id)) {
                    roles.computeIfAbsent(r.authorityId, k -> new java.util.HashSet<>()).add(r.role);
                }
                viewer = new Viewer(p.id, roles, p.emailVerifiedAt != null,
                        AccountBlock.blockedIn(p.id, java.time.Instant.now()));
            }
        }
        return viewer;
    }

    public boolean isSignedIn() {
        return get() != null;
    }
}
