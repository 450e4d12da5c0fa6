package cyd.mail;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of Cyd's emails and of choosing which to get. The texts are in messages/mail.properties (English) and
 * messages/mail_cy.properties (Welsh); templates say them as {mail:key}, and a template that names a message
 * not declared here fails the build. Generated from mail.properties by src/tools/generate_msg.py.
 */
@MessageBundle(value = "mail", locale = "en")
public interface MailMsg {

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
    String mailInviteSubject();

    @Message
    String mailInviteIntro();

    @Message
    String mailInviteHow();

    @Message
    String mailInviteNotYou();
}
