package cyd.moderation;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of moderation: reports, decisions, appeals, blocks and the audit log. The texts are in messages/moderation.properties (English) and
 * messages/moderation_cy.properties (Welsh); templates say them as {moderation:key}, and a template that names a message
 * not declared here fails the build. Generated from moderation.properties by src/tools/generate_msg.py.
 */
@MessageBundle(value = "moderation", locale = "en")
public interface ModerationMsg {

    @Message
    String monthLabel();

    @Message
    String mailBlockedUntil();

    @Message
    String reportReasonRequired();

    @Message
    String reportDetailTooLong();

    @Message
    String hideReasonRequired();

    @Message
    String hideDetailTooLong();

    @Message
    String appealRequired();

    @Message
    String appealTooLong();

    @Message
    String appealOutcomeRequired();

    @Message
    String appealNoteRequired();

    @Message
    String blockReasonRequired();

    @Message
    String blockDaysInvalid();

    @Message
    String queueIntro();

    @Message
    String pendingHeading();

    @Message
    String nothingPending();

    @Message
    String reportedHeading();

    @Message
    String nothingReported();

    @Message
    String appealsHeading();

    @Message
    String noAppeals();

    @Message
    String appealFrom();

    @Message
    String blocksHeading();

    @Message
    String noBlocks();

    @Message
    String actionsLabel();

    @Message
    String endBlock();

    @Message
    String itemTitle();

    @Message
    String noticeApproved();

    @Message
    String noticeHidden();

    @Message
    String noticeRestored();

    @Message
    String noticeAppealDecided();

    @Message
    String noticeBlocked();

    @Message
    String noticeUnblocked();

    @Message
    String whatTheyWrote();

    @Message
    String appealHeading();

    @Message
    String appealedOn();

    @Message
    String appealDecision();

    @Message
    String appealRestore();

    @Message
    String appealUphold();

    @Message
    String appealNoteLabel();

    @Message
    String appealNoteHint();

    @Message
    String decideAppeal();

    @Message
    String appealNotYours();

    @Message
    String decideHeading();

    @Message
    String dismissReports();

    @Message
    String approveShow();

    @Message
    String restore();

    @Message
    String blockAuthor();

    @Message
    String hideHeading();

    @Message
    String hideIntro();

    @Message
    String hideReasonLegend();

    @Message
    String hideDetailLabel();

    @Message
    String hideDetailHint();

    @Message
    String hide();

    @Message
    String historyHeading();

    @Message
    String noHistory();

    @Message
    String actionApprove();

    @Message
    String actionHide();

    @Message
    String actionRestore();

    @Message
    String blockTitle();

    @Message
    String blockIntro();

    @Message
    String blockReasonLabel();

    @Message
    String blockReasonHint();

    @Message
    String blockDaysLabel();

    @Message
    String blockDaysHint();

    @Message
    String blockButton();

    @Message
    String auditIntro();

    @Message
    String auditEmpty();

    @Message
    String whenLabel();

    @Message
    String whoLabel();

    @Message
    String whatLabel();

    @Message
    String onWhatLabel();

    @Message
    String whyLabel();

    @Message
    String olderEntries();

    @Message
    String reportIntro();

    @Message
    String reportReasonLegend();

    @Message
    String reportDetailLabel();

    @Message
    String reportDetailHint();

    @Message
    String sendReport();

    @Message
    String noticeAppealed();

    @Message
    String nothingHidden();

    @Message
    String hiddenIntro();

    @Message
    String appealWasRestored();

    @Message
    String appealWasUpheld();

    @Message
    String appealWaiting();

    @Message
    String appealThis();

    @Message
    String appealNotOpen();

    @Message
    String appealTitle();

    @Message
    String appealIntro();

    @Message
    String appealLabel();

    @Message
    String appealHint();

    @Message
    String sendAppeal();

    @Message
    String publicLogTitle();

    @Message
    String publicLogIntro();

    @Message
    String houseRulesTitle();

    @Message
    String houseRulesIntro();

    @Message
    String houseRulesReports();

    @Message
    String hiddenByMonth();

    @Message
    String nothingHiddenYet();

    @Message
    String itemsHidden();

    @Message
    String restoredByMonth();

    @Message
    String itemsRestored();
}
