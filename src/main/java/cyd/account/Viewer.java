package cyd.account;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is looking, as permission rules need it: signed in or not, their roles in each council
 * (officer, moderator, admin), whether their email address is verified, and where they are blocked.
 */
public record Viewer(Long personId, Map<Long, Set<String>> roles, boolean verified, Set<Long> blockedIn) {

    public static final Viewer ANONYMOUS = new Viewer(null, Map.of(), false, Set.of());

    /** An officer of each council given, verified and not blocked. */
    public Viewer(Long personId, Set<Long> officerOf) {
        this(personId, officerOf.stream().collect(Collectors.toMap(a -> a, a -> Set.of(OfficerRole.OFFICER))), true,
                Set.of());
    }

    public static Viewer resident(Long personId) {
        return new Viewer(personId, Map.of(), true, Set.of());
    }

    public static Viewer unverified(Long personId) {
        return new Viewer(personId, Map.of(), false, Set.of());
    }

    public static Viewer officer(Long personId, Long authorityId) {
        return new Viewer(personId, Map.of(authorityId, Set.of(OfficerRole.OFFICER)), true, Set.of());
    }

    public static Viewer moderator(Long personId, Long authorityId) {
        return new Viewer(personId, Map.of(authorityId, Set.of(OfficerRole.OFFICER, OfficerRole.MODERATOR)), true,
                Set.of());
    }

    public boolean signedIn() {
        return personId != null;
    }

    /** Any role in the council makes an officer of it. */
    public boolean isOfficerOf(Long authorityId) {
        return authorityId != null && roles.containsKey(authorityId);
    }

    public boolean isModeratorOf(Long authorityId) {
        return has(authorityId, OfficerRole.MODERATOR);
    }

    public boolean isAdminOf(Long authorityId) {
        return has(authorityId, OfficerRole.ADMIN);
    }

    public boolean isBlockedIn(Long authorityId) {
        return authorityId != null && blockedIn.contains(authorityId);
    }

    public Set<Long> officerOf() {
        return roles.keySet();
    }

    private boolean has(Long authorityId, String role) {
        return authorityId != null && roles.getOrDefault(authorityId, Set.of()).contains(role);
    }
}
