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

    private Person person;
    private boolean read;
    private SignedIn signedIn;

    /** Who is signed in, as one query reads it: their id and what permission rules need to know of them. */
    private record SignedIn(long id, Viewer viewer) {
    }

    /** The signed-in person, or null (also when their account was deleted since they signed in). */
    public Person get() {
        SignedIn s = signedIn();
        if (s != null && person == null) {
            person = Person.findById(s.id());
        }
        return s == null ? null : person;
    }

    public Long id() {
        SignedIn s = signedIn();
        return s == null ? null : s.id();
    }

    /** The signed-in person as permission rules see them. */
    public Viewer viewer() {
        SignedIn s = signedIn();
        return s == null ? Viewer.ANONYMOUS : s.viewer();
    }

    /**
     * Reads, once a request and in one statement, whether the sign-in still holds and what the person may do: the
     * account, whether this sign-in was ended, their roles in councils and the councils that block them now.
     */
    private SignedIn signedIn() {
        if (read) {
            return signedIn;
        }
        read = true;
        Long id = ctx.getPersonId();
        if (id == null) {
            return null;
        }
        java.time.Instant now = java.time.Instant.now();
        @SuppressWarnings("unchecked")
        java.util.List<Object[]> rows = Person.getEntityManager().createNativeQuery("SELECT p.session_epoch, "
                + "p.email_verified_at IS NOT NULL, "
                + "EXISTS (SELECT 1 FROM session_end e WHERE e.session_hash = :session), "
                + "(SELECT GROUP_CONCAT(CONCAT(r.authority_id, ' ', r.role)) FROM officer_role r WHERE r.person_id = p.id), "
                + "(SELECT GROUP_CONCAT(b.authority_id) FROM account_block b WHERE b.person_id = p.id AND b.blocked_until > :now) "
                + "FROM person p WHERE p.id = :person")
                .setParameter("session", ctx.getSessionKey() == null ? "" : ctx.getSessionKey())
                .setParameter("now", now).setParameter("person", id).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = rows.get(0);
        if (((Number) row[0]).intValue() != ctx.getSessionEpoch()) {
            // Signed in before a password reset or "sign out everywhere": no longer.
            return null;
        }
        if (((Number) row[2]).intValue() != 0) {
            // This sign-in was ended by signing out: its cookie, if kept or copied, no longer works.
            return null;
        }
        java.util.Map<Long, java.util.Set<String>> roles = new java.util.HashMap<>();
        if (row[3] != null) {
            for (String r : row[3].toString().split(",")) {
                String[] parts = r.split(" ", 2);
                roles.computeIfAbsent(Long.valueOf(parts[0]), k -> new java.util.HashSet<>()).add(parts[1]);
            }
        }
        if (!roles.isEmpty() && ctx.getSessionExpires() != null
                && settings.session().officerMaxAge().compareTo(settings.session().maxAge()) < 0
                && now.isAfter(ctx.getSessionExpires().minus(settings.session().maxAge())
                        .plus(settings.session().officerMaxAge()))) {
            // An officer signed in longer ago than an officer's sign-in lasts: signed in again before acting.
            return null;
        }
        java.util.Set<Long> blocked = new java.util.HashSet<>();
        if (row[4] != null) {
            for (String b : row[4].toString().split(",")) {
                blocked.add(Long.valueOf(b));
            }
        }
        signedIn = new SignedIn(id, new Viewer(id, roles, ((Number) row[1]).intValue() != 0, java.util.Set.copyOf(blocked)));
        return signedIn;
    }

    public boolean isSignedIn() {
        return signedIn() != null;
    }
}
