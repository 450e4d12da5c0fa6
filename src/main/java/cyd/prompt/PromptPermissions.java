package cyd.prompt;

import cyd.account.Viewer;

/** Who may see and change prompts. Officers act only within their own council. */
public final class PromptPermissions {

    private PromptPermissions() {
    }

    /** Residents see published prompts; a draft is seen only by its own council's officers. */
    public static boolean canSee(Viewer viewer, Prompt prompt) {
        return prompt.isPublished() || viewer.isOfficerOf(prompt.authorityId);
    }

    public static boolean canManage(Viewer viewer, Long authorityId) {
        return viewer.isOfficerOf(authorityId);
    }

    /** Drafts, scheduled and open prompts can be corrected; once closed it stays as residents answered it. */
    public static boolean canEdit(Viewer viewer, Prompt prompt) {
        return viewer.isOfficerOf(prompt.authorityId) && (prompt.status == PromptStatus.DRAFT
                || prompt.status == PromptStatus.SCHEDULED || prompt.status == PromptStatus.OPEN);
    }

    public static boolean canPublish(Viewer viewer, Prompt prompt) {
        return viewer.isOfficerOf(prompt.authorityId) && prompt.status == PromptStatus.DRAFT;
    }

    public static boolean canClose(Viewer viewer, Prompt prompt) {
        return viewer.isOfficerOf(prompt.authorityId) && prompt.status == PromptStatus.OPEN;
    }

    /** The council's response to the whole question is written once it has closed, and can be corrected. */
    public static boolean canRespond(Viewer viewer, Prompt prompt) {
        return viewer.isOfficerOf(prompt.authorityId)
                && (prompt.status == PromptStatus.CLOSED || prompt.status == PromptStatus.RESPONDED);
    }

    public static boolean canArchive(Viewer viewer, Prompt prompt) {
        return viewer.isOfficerOf(prompt.authorityId)
                && (prompt.status == PromptStatus.CLOSED || prompt.status == PromptStatus.RESPONDED);
    }
}
