package cyd.idea;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cyd.account.Viewer;
import cyd.idea.IdeaPermissions.Decision;
import cyd.prompt.Prompt;
import cyd.prompt.PromptStatus;

/** Who may propose, back, comment and report, and when: a table of cases. */
class IdeaPermissionsTest {

    static final Long A = 1L;
    static final Long B = 2L;
    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    static final Viewer ANON = Viewer.ANONYMOUS;
    static final Viewer UNCONFIRMED = Viewer.unverified(10L);
    static final Viewer RESIDENT = Viewer.resident(11L);
    static final Viewer BLOCKED_IN_A = new Viewer(12L, Map.of(), true, Set.of(A));
    static final Viewer BLOCKED_IN_B = new Viewer(13L, Map.of(), true, Set.of(B));
    static final Viewer OFFICER_A = Viewer.officer(14L, A);
    static final Viewer UNCONFIRMED_AND_BLOCKED = new Viewer(15L, Map.of(), false, Set.of(A));

    /** A prompt of council A in this state; {@code closesIn} seconds from NOW (null: no closing date). */
    static Prompt prompt(PromptStatus status, Long closesIn) {
        Prompt p = new Prompt();
        p.authorityId = A;
        p.status = status;
        p.closesAt = closesIn == null ? null : NOW.plusSeconds(closesIn);
        return p;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // who, viewer, status, closes in (s), propose and back
                Arguments.of("anyone", RESIDENT, PromptStatus.DRAFT, null, Decision.NOT_PUBLISHED),
                Arguments.of("anyone", OFFICER_A, PromptStatus.DRAFT, null, Decision.NOT_PUBLISHED),
                Arguments.of("anyone", RESIDENT, PromptStatus.SCHEDULED, null, Decision.NOT_PUBLISHED),
                Arguments.of("signed out", ANON, PromptStatus.OPEN, null, Decision.SIGN_IN),
                Arguments.of("unconfirmed", UNCONFIRMED, PromptStatus.OPEN, null, Decision.VERIFY_EMAIL),
                Arguments.of("unconfirmed and blocked: confirming comes first", UNCONFIRMED_AND_BLOCKED,
                        PromptStatus.OPEN, null, Decision.VERIFY_EMAIL),
                Arguments.of("resident", RESIDENT, PromptStatus.OPEN, null, Decision.ALLOWED),
                Arguments.of("resident, a second before closing", RESIDENT, PromptStatus.OPEN, 1L, Decision.ALLOWED),
                Arguments.of("resident, at the closing time", RESIDENT, PromptStatus.OPEN, 0L, Decision.CLOSED),
                Arguments.of("resident, past the closing time (scheduler not yet run)", RESIDENT, PromptStatus.OPEN,
                        -60L, Decision.CLOSED),
                Arguments.of("blocked in this council", BLOCKED_IN_A, PromptStatus.OPEN, null, Decision.BLOCKED),
                Arguments.of("blocked in another council", BLOCKED_IN_B, PromptStatus.OPEN, null, Decision.ALLOWED),
                Arguments.of("officer", OFFICER_A, PromptStatus.OPEN, null, Decision.ALLOWED),
                Arguments.of("signed out, closed", ANON, PromptStatus.CLOSED, null, Decision.CLOSED),
                Arguments.of("resident, closed", RESIDENT, PromptStatus.CLOSED, null, Decision.CLOSED),
                Arguments.of("resident, responded", RESIDENT, PromptStatus.RESPONDED, null, Decision.CLOSED),
                Arguments.of("resident, archived", RESIDENT, PromptStatus.ARCHIVED, null, Decision.CLOSED));
    }

    @ParameterizedTest(name = "{0} on a {2} question")
    @MethodSource("cases")
    void proposingAndBacking(String who, Viewer viewer, PromptStatus status, Long closesIn, Decision expected) {
        Prompt p = prompt(status, closesIn);
        assertEquals(expected, IdeaPermissions.canPropose(viewer, p, NOW), "propose");
        assertEquals(expected, IdeaPermissions.canBack(viewer, p, NOW), "back");
    }

    static Stream<Arguments> residents() {
        return Stream.of(
                // viewer, in council, comment and report
                Arguments.of("signed out", ANON, A, Decision.SIGN_IN),
                Arguments.of("unconfirmed", UNCONFIRMED, A, Decision.VERIFY_EMAIL),
                Arguments.of("resident", RESIDENT, A, Decision.ALLOWED),
                Arguments.of("blocked here", BLOCKED_IN_A, A, Decision.BLOCKED),
                Arguments.of("blocked elsewhere", BLOCKED_IN_A, B, Decision.ALLOWED),
                Arguments.of("officer", OFFICER_A, A, Decision.ALLOWED));
    }

    @ParameterizedTest(name = "{0} in council {2}")
    @MethodSource("residents")
    void postingAsAResident(String who, Viewer viewer, Long authorityId, Decision expected) {
        assertEquals(expected, IdeaPermissions.asResident(viewer, authorityId));
    }
}
