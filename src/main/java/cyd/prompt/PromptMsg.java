package cyd.prompt;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of questions: the question coach, writing, publishing, closing and responding, and the officer's workspace. The texts are in messages/prompt.properties (English) and
 * messages/prompt_cy.properties (Welsh); templates say them as {prompt:key}, and a template that names a message
 * not declared here fails the build. Generated from prompt.properties by src/tools/generate_msg.py.
 */
@MessageBundle(value = "prompt", locale = "en")
public interface PromptMsg {

    @Message
    String edit();

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
    String noClosingDate();

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
    String coachRating();

    @Message
    String coachCouncilActs();

    @Message
    String coachNeeds();

    @Message
    String coachOffers();

    @Message
    String coachTogether();

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
    String approvalsTitle();

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
    String howWeModerate();

    @Message
    String queueTitle();

    @Message
    String auditTitle();

    @Message
    String embedTitle();

    @Message
    String embedIntro();

    @Message
    String embedLoaderLabel();

    @Message
    String embedLoaderHint();

    @Message
    String embedIframeLabel();

    @Message
    String embedIframeHint();

    @Message
    String embedOembed();

    @Message
    String embedWordPress();

    @Message
    String embedDrupal();

    @Message
    String embedPreview();

    @Message
    String embedAfterPublishing();

    @Message
    String embedSitesTitle();

    @Message
    String feedOfCouncil();

    @Message
    String openDataTitle();

    @Message
    String coachTextRequired();

    @Message
    String coachTextTooLong();

    @Message
    String coachLangInvalid();
}
