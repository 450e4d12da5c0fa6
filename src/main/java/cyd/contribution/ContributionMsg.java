package cyd.contribution;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the contribution ledger, a person's record and the impact pages. The texts are in messages/contribution.properties (English) and
 * messages/contribution_cy.properties (Welsh); templates say them as {contribution:key}, and a template that names a message
 * not declared here fails the build. Generated from contribution.properties by src/tools/generate_msg.py.
 */
@MessageBundle(value = "contribution", locale = "en")
public interface ContributionMsg {

    @Message
    String contributionKindRequired();

    @Message
    String hoursRequired();

    @Message
    String hoursPositive();

    @Message
    String hoursQuarter();

    @Message
    String hoursOverDay();

    @Message
    String contributionDescriptionRequired();

    @Message
    String contributionDescriptionTooLong();

    @Message
    String contributionDateInvalid();

    @Message
    String contributionDateFuture();

    @Message
    String contributionDateTooOld();

    @Message
    String contributionNoteTooLong();

    @Message
    String queryReasonRequired();

    @Message
    String impactTitle();

    @Message
    String impactIntro();

    @Message
    String confirmedHours();

    @Message
    String onlyConfirmedCount();

    @Message
    String hoursByMonth();

    @Message
    String hoursByMonthTable();

    @Message
    String chartDescription();

    @Message
    String byArea();

    @Message
    String logIntro();

    @Message
    String whatDidYouGive();

    @Message
    String hoursLabel();

    @Message
    String hoursHint();

    @Message
    String whatYouDid();

    @Message
    String whatYouDidHint();

    @Message
    String whenDidYouGive();

    @Message
    String noteOptional();

    @Message
    String ledgerIntro();

    @Message
    String noContributionsYet();

    @Message
    String noteLabel();

    @Message
    String queryReasonLabel();

    @Message
    String queryReasonHint();

    @Message
    String cannotConfirmOwn();

    @Message
    String confirm();

    @Message
    String queryContribution();

    @Message
    String recordIntro();

    @Message
    String noContributionsYours();

    @Message
    String everythingYouGave();

    @Message
    String dateLabel();

    @Message
    String initiativeLabel();

    @Message
    String confirmedBy();

    @Message
    String printThisPage();

    @Message
    String timeValuedAt();
}
