package cyd.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every word of Cyd's core pages. The texts are in messages/msg.properties (English) and
 * messages/msg_cy.properties (Welsh); a template that names a message not declared here fails the build.
 * Generated from msg.properties by src/tools/generate_msg.py.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Msg {

    @Message
    String skipToMain();

    @Message
    String languageNavLabel();

    @Message
    String serviceNavLabel();

    @Message
    String menu();

    @Message
    String navQuestions();

    @Message
    String navManage();

    @Message
    String navCouncils();

    @Message
    String navAccount();

    @Message
    String signIn();

    @Message
    String signOut();

    @Message
    String footerLinks();

    @Message
    String accessibilityStatement();

    @Message
    String privacyNotice();

    @Message
    String cookies();

    @Message
    String footerAbout();

    @Message
    String back();

    @Message
    String cancel();

    @Message
    String edit();

    @Message
    String success();

    @Message
    String important();

    @Message
    String warning();

    @Message
    String thereIsAProblem();

    @Message
    String errorPrefix();

    @Message
    String error403Title();

    @Message
    String error403Body();

    @Message
    String error403Help();

    @Message
    String error404Title();

    @Message
    String error404Body();

    @Message
    String error404Help();

    @Message
    String error500Title();

    @Message
    String error500Body();

    @Message
    String error500Incident();

    @Message
    String errorOtherTitle();

    @Message
    String errorOtherBody();

    @Message
    String goToHome();

    @Message
    String councilsTitle();

    @Message
    String councilsHeading();

    @Message
    String councilsIntro();

    @Message
    String noCouncils();

    @Message
    String accountDeleted();

    @Message
    String questionsTitle();

    @Message
    String homeHeading();

    @Message
    String homeIntro();

    @Message
    String openQuestions();

    @Message
    String closedQuestions();

    @Message
    String noOpenQuestions();

    @Message
    String areaLabel();

    @Message
    String wholeArea();

    @Message
    String ideasLabel();

    @Message
    String backersLabel();

    @Message
    String closingDate();

    @Message
    String noClosingDate();

    @Message
    String statusLabel();

    @Message
    String statusDraft();

    @Message
    String statusOpen();

    @Message
    String statusClosed();

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
    String pagination();

    @Message
    String proposedBy();

    @Message
    String proposedOn();

    @Message
    String formerResident();

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
    String ideaLanguage();

    @Message
    String ideaTitleRequired();

    @Message
    String ideaTitleTooLong();

    @Message
    String ideaDescriptionRequired();

    @Message
    String ideaDescriptionTooLong();

    @Message
    String ideaLanguageRequired();

    @Message
    String areaInvalid();

    @Message
    String ideaStatusSubmitted();

    @Message
    String ideaStatusUnderConsideration();

    @Message
    String ideaStatusTakenForward();

    @Message
    String ideaStatusNotTakenForward();

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
    String createAccount();

    @Message
    String signUpIntro();

    @Message
    String haveAccount();

    @Message
    String noAccountHeading();

    @Message
    String emailAddress();

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
    String manageTitle();

    @Message
    String writeNewQuestion();

    @Message
    String editQuestion();

    @Message
    String noQuestionsYet();

    @Message
    String allQuestions();

    @Message
    String questionLabel();

    @Message
    String questionAdvice();

    @Message
    String inWelsh();

    @Message
    String inEnglish();

    @Message
    String questionTitle();

    @Message
    String questionBody();

    @Message
    String questionBodyHint();

    @Message
    String questionAreaHint();

    @Message
    String closingDateHint();

    @Message
    String day();

    @Message
    String month();

    @Message
    String year();

    @Message
    String saveDraftAndPreview();

    @Message
    String previewTitle();

    @Message
    String publish();

    @Message
    String closeQuestion();

    @Message
    String viewAsResident();

    @Message
    String promptTitleCyRequired();

    @Message
    String promptTitleEnRequired();

    @Message
    String promptTitleTooLong();

    @Message
    String promptBodyCyRequired();

    @Message
    String promptBodyEnRequired();

    @Message
    String promptBodyTooLong();

    @Message
    String promptClosingDateInvalid();

    @Message
    String promptClosingDatePast();

    @Message
    String promptClosingDatePassed();

    @Message
    String a11yIntro();

    @Message
    String a11yAims();

    @Message
    String a11yStatusHeading();

    @Message
    String a11yStatus();

    @Message
    String a11yNonAccessibleHeading();

    @Message
    String a11yNonAccessible();

    @Message
    String a11yReportHeading();

    @Message
    String a11yReport();

    @Message
    String a11yEnforcementHeading();

    @Message
    String a11yEnforcement();

    @Message
    String a11yTestingHeading();

    @Message
    String a11yTesting();

    @Message
    String a11yTechnicalHeading();

    @Message
    String a11yTechnical();

    @Message
    String a11yWelshHeading();

    @Message
    String a11yWelsh();

    @Message
    String a11yPreparedHeading();

    @Message
    String a11yPrepared();

    @Message
    String privacyIntro();

    @Message
    String privacyWhatHeading();

    @Message
    String privacyWhatAccount();

    @Message
    String privacyWhatIdeas();

    @Message
    String privacyWhatBackings();

    @Message
    String privacyWhyHeading();

    @Message
    String privacyWhy();

    @Message
    String privacyRightsHeading();

    @Message
    String privacyRights();

    @Message
    String cookiesIntro();

    @Message
    String cookiesTableCaption();

    @Message
    String cookieName();

    @Message
    String cookiePurpose();

    @Message
    String cookieExpires();

    @Message
    String cookieSessionPurpose();

    @Message
    String cookieSessionExpires();

    @Message
    String cookieCsrfPurpose();

    @Message
    String cookieCsrfExpires();

    @Message
    String cookieLangPurpose();

    @Message
    String cookieLangExpires();

    @Message
    String coachTitle();

    @Message
    String coachIntro();

    @Message
    String coachVerdictOpen();

    @Message
    String coachVerdictClosed();

    @Message
    String coachVerdictVague();

    @Message
    String coachYesNo();

    @Message
    String coachAgree();

    @Message
    String coachChoice();

    @Message
    String coachTooGeneral();

    @Message
    String coachJustTellUs();

    @Message
    String coachNotTogether();

    @Message
    String coachNoAction();

    @Message
    String coachInvites();

    @Message
    String coachTry();

    @Message
    String coachInWelsh();

    @Message
    String coachInEnglish();

    @Message
    String youSaidWeDid();

    @Message
    String noticeAnswered();

    @Message
    String answerThisIdea();

    @Message
    String ideaStatusAlreadyHappening();

    @Message
    String ideaStatusMerged();

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
    String tooManyTitle();

    @Message
    String tooManyBody();

    @Message
    String tooManyNothingSaved();
}
