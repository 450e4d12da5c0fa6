package cyd.account;

import java.util.Set;

/** Who is looking, as permission rules need it: signed in or not, and which councils they are an officer of. */
public record Viewer(Long personId, Set<Long> officerOf) {

    public static final Viewer ANONYMOUS = new Viewer(null, Set.of());

    public static Viewer resident(Long personId) {
        return new Viewer(personId, Set.of());
    }

    public static Viewer officer(Long personId, Long authorityId) {
        return new Viewer(personId, Set.of(authorityId));
    }

    public boolean signedIn() {
        return personId != null;
    }

    public boolean isOfficerOf(Long authorityId) {
        return authorityId != null && officerOf.contains(authorityId);
    }
}
