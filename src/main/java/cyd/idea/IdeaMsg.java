package cyd.idea;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of ideas: proposing, backing, comments and the council's answers. The texts are in messages/idea.properties (English) and
 * messages/idea_cy.properties (Welsh); templates say them as {idea:key}, and a template that names a message
 * not declared here fails the build. Generated from idea.properties by src/tools/generate_msg.py.
 */
@MessageBundle(value = "idea", locale = "en")
public interface IdeaMsg {

    @Message
    String important();

    @Message
    String backersLabel();

    @Message
    String ideasHeading();

    @Message
    String sortLabel();

    @Message
    String sortTop();

    @Message
    String sortNew();

    @Message
    String noIdeasYet();

    @Message
    String moreIdeas();

    @Message
    String proposedBy();

    @Message
    String proposedOn();

    @Message
    String shareYourIdea();

    @Message
    String promptClosedTitle();

    @Message
    String promptClosedNotice();

    @Message
    String noParticularArea();

    @Message
    String ideaTitle();

    @Message
    String ideaTitleHint();

    @Message
    String ideaDescription();

    @Message
    String ideaDescriptionHint();

    @Message
    String ideaAreaHint();

    @Message
    String ideaTitleTooLong();

    @Message
    String ideaDescriptionRequired();

    @Message
    String ideaDescriptionTooLong();

    @Message
    String backThisIdea();

    @Message
    String withdrawBacking();

    @Message
    String youBackThis();

    @Message
    String signInToBack();

    @Message
    String backingClosed();

    @Message
    String noticeProposed();

    @Message
    String noticeBacked();

    @Message
    String noticeAlreadyBacked();

    @Message
    String noticeWithdrawn();

    @Message
    String noticeNotBacked();

    @Message
    String youSaidWeDid();

    @Message
    String noticeAnswered();

    @Message
    String answerThisIdea();

    @Message
    String mergedInto();

    @Message
    String mergeIntoLabel();

    @Message
    String notMerging();

    @Message
    String answerLabel();

    @Message
    String answerHint();

    @Message
    String publishAnswer();

    @Message
    String answerStatusRequired();

    @Message
    String answerReasonRequired();

    @Message
    String answerTooLong();

    @Message
    String mergeTargetRequired();

    @Message
    String takenForwardAs();

    @Message
    String takenForwardBacker();

    @Message
    String takeForward();

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
    String commentRequired();

    @Message
    String commentTooLong();

    @Message
    String blockedTitle();

    @Message
    String blockedBody();

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
    String similarTitle();

    @Message
    String similarIntro();

    @Message
    String similarInline();

    @Message
    String similarStillShare();

    @Message
    String backInstead();

    @Message
    String shareAnyway();

    @Message
    String feedOfQuestion();

    @Message
    String promiseTableCut();

    @Message
    String answersAll();

    @Message
    String answersIntro();

    @Message
    String answersPagination();

    @Message
    String answersNewer();

    @Message
    String answersOlder();
}
