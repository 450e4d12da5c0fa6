package cyd.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words every page shares: the layout, forms, errors, and the parts several features show. The texts are in messages/msg.properties (English) and
 * messages/msg_cy.properties (Welsh); templates say them as {msg:key}, and a template that names a message
 * not declared here fails the build. Generated from msg.properties by src/tools/generate_msg.py.
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
    String success();

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
    String areaLabel();

    @Message
    String wholeArea();

    @Message
    String ideasLabel();

    @Message
    String closingDate();

    @Message
    String statusLabel();

    @Message
    String statusDraft();

    @Message
    String statusOpen();

    @Message
    String statusClosed();

    @Message
    String pagination();

    @Message
    String formerResident();

    @Message
    String ideaLanguage();

    @Message
    String ideaTitleRequired();

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
    String emailAddress();

    @Message
    String day();

    @Message
    String month();

    @Message
    String year();

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
    String cookieWrotePurpose();

    @Message
    String cookieWroteExpires();

    @Message
    String cookieLangExpires();

    @Message
    String ideaStatusAlreadyHappening();

    @Message
    String ideaStatusMerged();

    @Message
    String tooManyTitle();

    @Message
    String tooManyBody();

    @Message
    String tooManyNothingSaved();

    @Message
    String initiativeForming();

    @Message
    String initiativeActive();

    @Message
    String initiativePaused();

    @Message
    String initiativeCompleted();

    @Message
    String initiativesTitle();

    @Message
    String noticeSaved();

    @Message
    String verified();

    @Message
    String saveChanges();

    @Message
    String gaveTime();

    @Message
    String gaveSkill();

    @Message
    String gaveResource();

    @Message
    String contributionPending();

    @Message
    String contributionConfirmed();

    @Message
    String contributionQueried();

    @Message
    String navOrganisations();

    @Message
    String defaultHourlySource();

    @Message
    String statusScheduled();

    @Message
    String statusResponded();

    @Message
    String statusArchived();

    @Message
    String mailHiddenReason();

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
    String verifyPending();

    @Message
    String resendVerification();

    @Message
    String verifyFirstTitle();

    @Message
    String reportComment();

    @Message
    String official();

    @Message
    String personLabel();

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
    String searchTitle();

    @Message
    String developersTitle();

    @Message
    String error503Title();

    @Message
    String error503Body();
}
