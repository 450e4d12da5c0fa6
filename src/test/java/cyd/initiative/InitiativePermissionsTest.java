package cyd.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Who may do what with an initiative, as a table. */
class InitiativePermissionsTest {

    static Initiative initiative(Approval approval) {
        Initiative i = new Initiative();
        i.authorityId = 1L;
        i.startedBy = 10L;
        i.approval = approval;
        i.status = InitiativeStatus.ACTIVE;
        return i;
    }

    static Stream<Arguments> cases() {
        Standing anon = Standing.NOBODY;
        Standing resident = new Standing(20L, false, false, false, false);
        Standing member = new Standing(21L, false, false, false, true);
        Standing starter = new Standing(10L, false, true, false, false);
        Standing officer = new Standing(30L, true, false, false, false);
        Standing partner = new Standing(40L, false, false, true, false);
        return Stream.of(
                // who, approval, see, edit, join, log, offers, approve
                Arguments.of("anonymous", anon, Approval.APPROVED, true, false, false, false, false, false),
                Arguments.of("anonymous", anon, Approval.PENDING, false, false, false, false, false, false),
                Arguments.of("resident", resident, Approval.APPROVED, true, false, true, false, false, false),
                Arguments.of("resident", resident, Approval.PENDING, false, false, false, false, false, false),
                Arguments.of("member", member, Approval.APPROVED, true, false, true, true, false, false),
                Arguments.of("starter", starter, Approval.PENDING, true, true, false, false, true, false),
                Arguments.of("starter", starter, Approval.APPROVED, true, true, true, true, true, false),
                Arguments.of("officer", officer, Approval.PENDING, true, true, false, false, true, true),
                Arguments.of("officer", officer, Approval.DECLINED, true, false, false, false, true, false),
                Arguments.of("partner rep", partner, Approval.APPROVED, true, true, true, true, true, false));
    }

    @ParameterizedTest(name = "{0} on a {2} initiative")
    @MethodSource("cases")
    void rules(String who, Standing s, Approval approval, boolean see, boolean edit, boolean join, boolean log,
            boolean offers, boolean approve) {
        Initiative i = initiative(approval);
        assertEquals(see, InitiativePermissions.canSee(s, i), "see");
        assertEquals(edit, InitiativePermissions.canEdit(s, i), "edit");
        assertEquals(join, InitiativePermissions.canJoin(s, i), "join");
        assertEquals(log, InitiativePermissions.canLogContribution(s, i), "log");
        assertEquals(offers, InitiativePermissions.canReviewLedger(s, i), "review the ledger");
        assertEquals(approve, InitiativePermissions.canApprove(s, i), "approve");
    }

    @ParameterizedTest(name = "an organiser deciding {0}")
    @MethodSource("deciders")
    void nobodyConfirmsTheirOwn(String what, Standing s, Long contributor, boolean allowed) {
        assertEquals(allowed, InitiativePermissions.canDecide(s, initiative(Approval.APPROVED), contributor));
    }

    static Stream<Arguments> deciders() {
        Standing starter = new Standing(10L, false, true, false, false);
        Standing member = new Standing(21L, false, false, false, true);
        return Stream.of(Arguments.of("someone else's", starter, 21L, true),
                Arguments.of("their own", starter, 10L, false),
                Arguments.of("as a mere member", member, 10L, false));
    }
}
