package cyd.moderation;

import java.util.List;
import java.util.Map;

import cyd.authority.Authority;
import cyd.content.HideReason;
import cyd.web.FormErrors;

/**
 * What a moderator's page for one item shows: the item and its author, why it was reported, every decision on it
 * (with the names of who made them), an appeal waiting and whether this moderator may decide it, and the forms as
 * typed with their problems.
 */
public record ModerationItemView(Authority authority, ModeratedItem item, String author, Map<HideReason, Long> reasons,
        List<ModerationDecision> history, Map<Long, String> names, ModerationDecision appeal, boolean canDecideAppeal,
        ReportForm hideForm, String appealOutcome, String appealNote, FormErrors errors, ModerationNotice notice) {
}
