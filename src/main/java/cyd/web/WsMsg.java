package cyd.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the officer's workspace: the prompt lifecycle, comments, moderation and email. The texts are in messages/ws.properties (English) and
 * messages/ws_cy.properties (Welsh); a template that names a message not declared here fails the build.
 * Generated from ws.properties by src/tools/generate_msg.py.
 */
@MessageBundle(value = "ws", locale = "en")
public interface WsMsg {

    @Message
    String statusScheduled();

    @Message
    String statusResponded();

    @Message
    String statusArchived();

    @Message
    String openingDate();

    @Message
    String openingDateHint();

    @Message
    String opensWhenPublished();

    @Message
    String opensInvalid();

    @Message
    String opensPast();

    @Message
    String opensAlreadyOpen();

    @Message
    String closesBeforeOpens();

    @Message
    String moderationLegend();

    @Message
    String moderationHint();

    @Message
    String moderationPost();

    @Message
    String moderationPostHint();

    @Message
    String moderationPre();

    @Message
    String moderationPreHint();

    @Message
    String moderationRequired();

    @Message
    String promiseLegend();

    @Message
    String promiseHint();

    @Message
    String promiseBackersLabel();

    @Message
    String promiseDaysLabel();

    @Message
    String promiseBackersInvalid();

    @Message
    String promiseDaysInvalid();

    @Message
    String noPromise();

    @Message
    String archiveQuestion();

    @Message
    String archivedQuestions();

    @Message
    String respondTitle();

    @Message
    String respondIntro();

    @Message
    String responseInWelsh();

    @Message
    String responseInEnglish();

    @Message
    String responseCyRequired();

    @Message
    String responseEnRequired();

    @Message
    String responseTooLong();

    @Message
    String publishResponse();

    @Message
    String ourResponse();

    @Message
    String promiseTitle();

    @Message
    String promiseExplained();

    @Message
    String promiseNoneYet();

    @Message
    String promiseAnswered();

    @Message
    String promiseAnsweredLate();

    @Message
    String promiseWaiting();

    @Message
    String promiseOverdue();

    @Message
    String promiseTableCaption();

    @Message
    String promiseReached();

    @Message
    String promiseDueBy();

    @Message
    String mailHello();

    @Message
    String mailNotYou();

    @Message
    String mailVerifySubject();

    @Message
    String mailVerifyIntro();

    @Message
    String mailVerifyExpiry();

    @Message
    String mailResetSubject();

    @Message
    String mailResetIntro();

    @Message
    String mailResetExpiry();

    @Message
    String mailResetNotYou();

    @Message
    String mailAnsweredSubject();

    @Message
    String mailAnsweredYours();

    @Message
    String mailAnsweredBacked();

    @Message
    String mailNewStatus();

    @Message
    String mailMergedInto();

    @Message
    String mailMergedBacking();

    @Message
    String mailCouncilSaid();

    @Message
    String mailWhyAnswers();

    @Message
    String mailUnsubscribe();

    @Message
    String mailHiddenSubject();

    @Message
    String mailHiddenIdea();

    @Message
    String mailHiddenComment();

    @Message
    String mailHiddenReason();

    @Message
    String mailAppealHow();

    @Message
    String mailAppealSubject();

    @Message
    String mailAppealRestored();

    @Message
    String mailAppealUpheld();

    @Message
    String mailAppealNote();

    @Message
    String mailBlockedSubject();

    @Message
    String mailBlockedIntro();

    @Message
    String mailBlockedUntil();

    @Message
    String mailBlockedRead();

    @Message
    String mailDigestSubject();

    @Message
    String mailDigestIntro();

    @Message
    String mailDigestNewIdeas();

    @Message
    String mailDigestAnswers();

    @Message
    String mailWhyDigest();

    @Message
    String reasonAbusive();

    @Message
    String reasonPersonalData();

    @Message
    String reasonDiscriminatory();

    @Message
    String reasonSpam();

    @Message
    String reasonOffTopic();

    @Message
    String reasonIllegal();

    @Message
    String reasonOther();

    @Message
    String warning();

    @Message
    String noticeVerifySent();

    @Message
    String noticeVerified();

    @Message
    String noticePreferences();

    @Message
    String noticePasswordReset();

    @Message
    String noticeUnfollowed();

    @Message
    String verifyPending();

    @Message
    String resendVerification();

    @Message
    String emailStatus();

    @Message
    String emailVerified();

    @Message
    String emailNotVerified();

    @Message
    String emailsHeading();

    @Message
    String emailsLegend();

    @Message
    String notifyAnswersLabel();

    @Message
    String savePreferences();

    @Message
    String questionsYouFollow();

    @Message
    String noFollows();

    @Message
    String digestDaily();

    @Message
    String digestWeekly();

    @Message
    String yourPostsHeading();

    @Message
    String yourPostsLink();

    @Message
    String forgottenPassword();

    @Message
    String verifyFailedTitle();

    @Message
    String verifyFailedBody();

    @Message
    String signInToResend();

    @Message
    String resetTitle();

    @Message
    String resetIntro();

    @Message
    String sendResetLink();

    @Message
    String resetSentTitle();

    @Message
    String resetSentBody();

    @Message
    String resetSentCheck();

    @Message
    String newPasswordTitle();

    @Message
    String setNewPassword();

    @Message
    String resetFailedTitle();

    @Message
    String resetFailedBody();

    @Message
    String resetAgain();

    @Message
    String unsubscribeTitle();

    @Message
    String unsubscribeAnswers();

    @Message
    String unsubscribeFollow();

    @Message
    String unsubscribeButton();

    @Message
    String unsubscribedTitle();

    @Message
    String unsubscribedAnswers();

    @Message
    String unsubscribedFollow();

    @Message
    String unsubscribeChangeLater();

    @Message
    String unsubscribeFailedTitle();

    @Message
    String unsubscribeFailedBody();

    @Message
    String commentRequired();

    @Message
    String commentTooLong();

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
    String blockedTitle();

    @Message
    String blockedBody();

    @Message
    String verifyFirstTitle();

    @Message
    String verifyToBack();

    @Message
    String verifyToComment();

    @Message
    String noticeProposedPending();

    @Message
    String noticeCommented();

    @Message
    String noticeCommentPending();

    @Message
    String noticeReported();

    @Message
    String ideaPending();

    @Message
    String ideaHidden();

    @Message
    String ideaHiddenByReports();

    @Message
    String moderateThis();

    @Message
    String reportIdea();

    @Message
    String reportComment();

    @Message
    String commentsHeading();

    @Message
    String noComments();

    @Message
    String repliesLabel();

    @Message
    String reply();

    @Message
    String yourReply();

    @Message
    String postReply();

    @Message
    String addComment();

    @Message
    String yourComment();

    @Message
    String commentHint();

    @Message
    String postComment();

    @Message
    String signInToComment();

    @Message
    String official();

    @Message
    String noticeFollowing();

    @Message
    String followTitle();

    @Message
    String followLegend();

    @Message
    String followHint();

    @Message
    String followDaily();

    @Message
    String followWeekly();

    @Message
    String followNone();

    @Message
    String saveFollow();

    @Message
    String signInToFollow();

    @Message
    String howWeModerate();

    @Message
    String queueTitle();

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
    String personLabel();

    @Message
    String actionsLabel();

    @Message
    String endBlock();

    @Message
    String itemLabel();

    @Message
    String reportsLabel();

    @Message
    String noReports();

    @Message
    String typeIdea();

    @Message
    String typeComment();

    @Message
    String visibilityPending();

    @Message
    String visibilityHidden();

    @Message
    String visibilityShown();

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
    String auditTitle();

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
    String monthLabel();

    @Message
    String itemsHidden();

    @Message
    String restoredByMonth();

    @Message
    String itemsRestored();

    @Message
    String mailInviteSubject();

    @Message
    String mailInviteIntro();

    @Message
    String mailInviteHow();

    @Message
    String mailInviteNotYou();
}
