package cyd.account;

import java.util.Map;
import java.util.Set;

import cyd.audit.Audit;
import cyd.authority.Authority;
import cyd.web.FormErrors;
import cyd.web.Outcome;
import cyd.web.RetryOnConflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * A council's team: its admins add colleagues (who need a Cyd account), give or take the moderator and admin
 * roles, and remove people. A council always keeps at least one admin.
 */
@ApplicationScoped
@RetryOnConflict
public class TeamService {

    @Inject
    Audit audit;

    @Transactional
    public Outcome<Person> add(Authority authority, Viewer admin, String email, boolean moderator, boolean isAdmin) {
        if (!admin.isAdminOf(authority.id)) {
            return Outcome.refused();
        }
        lockTeam(authority);
        FormErrors errors = new FormErrors();
        Person p = email == null || email.isBlank() ? null : Person.byEmail(email).orElse(null);
        if (email == null || email.isBlank()) {
            errors.add("email", AccountMsg::emailRequired);
        } else if (p == null) {
            errors.add("email", AccountMsg::teamNoAccount);
        } else if (OfficerRole.team(authority.id).containsKey(p.id)) {
            errors.add("email", AccountMsg::teamAlready);
        }
        if (errors.isAny()) {
            return Outcome.invalid(errors);
        }
        OfficerRole.grant(p.id, authority.id, OfficerRole.OFFICER);
        if (moderator) {
            OfficerRole.grant(p.id, authority.id, OfficerRole.MODERATOR);
        }
        if (isAdmin) {
            OfficerRole.grant(p.id, authority.id, OfficerRole.ADMIN);
        }
        audit.record(authority.id, admin.personId(), "team.add", "person", p.id, roles(moderator, isAdmin));
        return Outcome.done(p);
    }

    /** Sets a member's roles; refused when it would leave the council without an admin. */
    @Transactional
    public Outcome<Person> setRoles(Authority authority, Viewer admin, Long personId, boolean moderator,
            boolean isAdmin) {
        lockTeam(authority);
        Map<Long, Set<String>> team = OfficerRole.team(authority.id);
        if (!admin.isAdminOf(authority.id) || !team.containsKey(personId)
                || (!isAdmin && lastAdmin(team, personId))) {
            return Outcome.refused();
        }
        OfficerRole.delete("personId = ?1 and authorityId = ?2 and role <> ?3", personId, authority.id,
                OfficerRole.OFFICER);
        if (moderator) {
            OfficerRole.grant(personId, authority.id, OfficerRole.MODERATOR);
        }
        if (isAdmin) {
            OfficerRole.grant(personId, authority.id, OfficerRole.ADMIN);
        }
        audit.record(authority.id, admin.personId(), "team.roles", "person", personId, roles(moderator, isAdmin));
        return Outcome.done(Person.findById(personId));
    }

    @Transactional
    public Outcome<Person> remove(Authority authority, Viewer admin, Long personId) {
        lockTeam(authority);
        Map<Long, Set<String>> team = OfficerRole.team(authority.id);
        if (!admin.isAdminOf(authority.id) || !team.containsKey(personId) || lastAdmin(team, personId)) {
            return Outcome.refused();
        }
        OfficerRole.delete("personId = ?1 and authorityId = ?2", personId, authority.id);
        audit.record(authority.id, admin.personId(), "team.remove", "person", personId, null);
        return Outcome.done(Person.findById(personId));
    }

    /**
     * Changes to one council's team take turns: two admins removing each other at the same moment would otherwise
     * each see the other still there and leave the council with none; the same address added from two tabs would
     * be added twice.
     */
    private static void lockTeam(Authority authority) {
        OfficerRole.getEntityManager().createNativeQuery("SELECT id FROM authority WHERE id = ?1 FOR UPDATE")
                .setParameter(1, authority.id).getResultList();
    }

    private static boolean lastAdmin(Map<Long, Set<String>> team, Long personId) {
        return team.get(personId).contains(OfficerRole.ADMIN)
                && team.values().stream().filter(r -> r.contains(OfficerRole.ADMIN)).count() == 1;
    }

    private static String roles(boolean moderator, boolean admin) {
        return OfficerRole.OFFICER + (moderator ? ", " + OfficerRole.MODERATOR : "")
                + (admin ? ", " + OfficerRole.ADMIN : "");
    }
}
