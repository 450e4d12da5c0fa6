package cyd.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of accounts: signing up and in, passwords, a person's own pages, council teams and settings. The texts are in messages/account.properties (English) and
 * messages/account_cy.properties (Welsh); templates say them as {account:key}, and a template that names a message
 * not declared here fails the build. Generated from account.properties by src/tools/generate_msg.py.
 */
@MessageBundle(value = "account", locale = "en")
public interface AccountMsg {

    @Message
    String cancel();

    @Message
    String createAccount();

    @Message
    String signUpIntro();

    @Message
    String haveAccount();

    @Message
    String noAccountHeading();

    @Message
    String emailHint();

    @Message
    String displayName();

    @Message
    String displayNameHint();

    @Message
    String password();

    @Message
    String passwordHint();

    @Message
    String emailRequired();

    @Message
    String emailInvalid();

    @Message
    String emailTaken();

    @Message
    String displayNameRequired();

    @Message
    String displayNameTooLong();

    @Message
    String passwordRequired();

    @Message
    String passwordTooShort();

    @Message
    String passwordTooLong();

    @Message
    String passwordCommon();

    @Message
    String passwordWrong();

    @Message
    String signInFailed();

    @Message
    String yourAccount();

    @Message
    String yourLanguage();

    @Message
    String memberSince();

    @Message
    String yourData();

    @Message
    String yourDataIntro();

    @Message
    String downloadYourData();

    @Message
    String deleteYourAccount();

    @Message
    String deleteIntro();

    @Message
    String deleteWarning();

    @Message
    String deleteWhatHappensBackings();

    @Message
    String deleteWhatHappensIdeas();

    @Message
    String deleteWhatHappensSignIn();

    @Message
    String deleteConfirmPassword();

    @Message
    String teamTitle();

    @Message
    String teamIntro();

    @Message
    String teamRoles();

    @Message
    String teamModerator();

    @Message
    String teamAdmin();

    @Message
    String teamSaveRoles();

    @Message
    String teamRemove();

    @Message
    String teamAddTitle();

    @Message
    String teamAddHint();

    @Message
    String teamAddButton();

    @Message
    String teamNoAccount();

    @Message
    String teamAlready();

    @Message
    String teamAdded();

    @Message
    String teamChanged();

    @Message
    String teamRemoved();

    @Message
    String signInTooMany();

    @Message
    String signOutEverywhereTitle();

    @Message
    String signOutEverywhereIntro();

    @Message
    String signedOutEverywhere();

    @Message
    String verifiedSignIn();

    @Message
    String passwordTooManyTries();

    @Message
    String yourRecord();

    @Message
    String settingsTitle();

    @Message
    String hourlyValueIntro();

    @Message
    String hourlyValueLabel();

    @Message
    String hourlyValueHint();

    @Message
    String hourlyValueSourceLabel();

    @Message
    String hourlyValueYearLabel();

    @Message
    String hourlyValueInvalid();

    @Message
    String hourlyValueSourceRequired();

    @Message
    String hourlyValueYearInvalid();

    @Message
    String seeYourRecord();

    @Message
    String invitationsHeading();

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
    String changePasswordTitle();

    @Message
    String changePasswordIntro();

    @Message
    String currentPassword();

    @Message
    String newPassword();

    @Message
    String changePasswordButton();

    @Message
    String noticePasswordChanged();

    @Message
    String passwordSectionIntro();

    @Message
    String newPasswordSameAsCurrent();
}
