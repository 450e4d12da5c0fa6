package cyd.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cyd.account.Viewer;

/** Who may do what to a prompt, as a table of cases. */
class PromptPermissionsTest {

    static final Long A = 1L;
    static final Long B = 2L;
    static final Viewer ANON = Viewer.ANONYMOUS;
    static final Viewer RESIDENT = Viewer.resident(10L);
    static final Viewer OFFICER_A = Viewer.officer(11L, A);
    static final Viewer OFFICER_B = Viewer.officer(12L, B);
    static final Viewer OFFICER_BOTH = new Viewer(13L, Set.of(A, B));

    static Prompt prompt(PromptStatus status) {
        Prompt p = new Prompt();
        p.authorityId = A;
        p.status = status;
        return p;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // viewer, status, see, edit, publish, close
                Arguments.of("anonymous", ANON, PromptStatus.DRAFT, false, false, false, false),
                Arguments.of("anonymous", ANON, PromptStatus.OPEN, true, false, false, false),
                Arguments.of("resident", RESIDENT, PromptStatus.DRAFT, false, false, false, false),
                Arguments.of("resident", RESIDENT, PromptStatus.OPEN, true, false, false, false),
                Arguments.of("resident", RESIDENT, PromptStatus.CLOSED, true, false, false, false),
                Arguments.of("officer of A", OFFICER_A, PromptStatus.DRAFT, true, true, true, false),
                Arguments.of("officer of A", OFFICER_A, PromptStatus.OPEN, true, true, false, true),
                Arguments.of("officer of A", OFFICER_A, PromptStatus.CLOSED, true, false, false, false),
                Arguments.of("officer of B", OFFICER_B, PromptStatus.DRAFT, false, false, false, false),
                Arguments.of("officer of B", OFFICER_B, PromptStatus.OPEN, true, false, false, false),
                Arguments.of("officer of both", OFFICER_BOTH, PromptStatus.DRAFT, true, true, true, false));
    }

    @ParameterizedTest(name = "{0} on a {2} prompt")
    @MethodSource("cases")
    void rules(String who, Viewer viewer, PromptStatus status, boolean see, boolean edit, boolean publish,
            boolean close) {
        Prompt p = prompt(status);
        assertEquals(see, PromptPermissions.canSee(viewer, p), "see");
        assertEquals(edit, PromptPermissions.canEdit(viewer, p), "edit");
        assertEquals(publish, PromptPermissions.canPublish(viewer, p), "publish");
        assertEquals(close, PromptPermissions.canClose(viewer, p), "close");
    }
}
