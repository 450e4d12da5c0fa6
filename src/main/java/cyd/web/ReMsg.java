package cyd.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of Cyd's reach: embedding on council websites, open data, feeds and search. The texts are in messages/re.properties (English) and
 * messages/re_cy.properties (Welsh); a template that names a message not declared here fails the build.
 * Generated from re.properties by src/tools/generate_msg.py.
 */
@MessageBundle(value = "re", locale = "en")
public interface ReMsg {

    @Message
    String opensInNewTab();

    @Message
    String topIdeas();

    @Message
    String backThis();

    @Message
    String seeAllOnCyd();

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
    String embedPreview();

    @Message
    String embedAfterPublishing();

    @Message
    String embedSitesTitle();

    @Message
    String embedSitesIntro();

    @Message
    String embedSitesHow();

    @Message
    String embedSitesLabel();

    @Message
    String embedSitesHint();

    @Message
    String embedSiteInvalid();

    @Message
    String embedSitesTooMany();

    @Message
    String searchTitle();

    @Message
    String searchLabel();

    @Message
    String searchHint();

    @Message
    String searchTooShort();

    @Message
    String searchType();

    @Message
    String searchTypeAll();

    @Message
    String searchAnyArea();

    @Message
    String searchQuestion();

    @Message
    String searchAnyQuestion();

    @Message
    String searchIdeaStatus();

    @Message
    String searchAnyStatus();

    @Message
    String searchButton();

    @Message
    String searchResults();

    @Message
    String searchNothing();

    @Message
    String searchKindIdea();

    @Message
    String searchKindInitiative();

    @Message
    String previousPage();

    @Message
    String nextPage();

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
    String feedNewQuestion();

    @Message
    String feedNewIdea();

    @Message
    String feedAnswer();

    @Message
    String feedOfQuestion();

    @Message
    String feedOfCouncil();

    @Message
    String openDataTitle();

    @Message
    String fieldId();

    @Message
    String fieldTitleEn();

    @Message
    String fieldTitleCy();

    @Message
    String fieldStatus();

    @Message
    String fieldArea();

    @Message
    String fieldPublishedAt();

    @Message
    String fieldClosesAt();

    @Message
    String fieldClosedAt();

    @Message
    String fieldRespondedAt();

    @Message
    String fieldIdeaCount();

    @Message
    String fieldModeration();

    @Message
    String fieldPromiseBackers();

    @Message
    String fieldPromiseDays();

    @Message
    String fieldUrl();

    @Message
    String fieldPromptId();

    @Message
    String fieldTitle();

    @Message
    String fieldDescription();

    @Message
    String fieldLanguage();

    @Message
    String fieldBackers();

    @Message
    String fieldCreatedAt();

    @Message
    String fieldAnsweredAt();

    @Message
    String fieldAnswer();

    @Message
    String fieldAnswerLanguage();

    @Message
    String fieldMergedInto();

    @Message
    String fieldIdeaId();

    @Message
    String fieldMembers();

    @Message
    String fieldConfirmedHours();

    @Message
    String fieldValuePounds();

    @Message
    String fieldInitiativeId();

    @Message
    String fieldMonth();

    @Message
    String openDataIntro();

    @Message
    String openDataLicence();

    @Message
    String openDataFields();

    @Message
    String openDataField();

    @Message
    String openDataMeaning();

    @Message
    String openDataDownload();

    @Message
    String datasetPrompts();

    @Message
    String datasetIdeas();

    @Message
    String datasetInitiatives();

    @Message
    String datasetContributions();

    @Message
    String openDataApi();

    @Message
    String developersTitle();

    @Message
    String developersIntro();

    @Message
    String developersOpenApi();

    @Message
    String developersFeeds();

    @Message
    String developersOpenData();

    @Message
    String developersEmbed();

    @Message
    String developersParameters();

    @Message
    String developersName();

    @Message
    String developersWhere();

    @Message
    String developersType();

    @Message
    String developersRequired();

    @Message
    String developersYes();

    @Message
    String developersNo();

    @Message
    String developersResponses();

    @Message
    String needDateLegend();

    @Message
    String needDateHint();

    @Message
    String needStartsLabel();

    @Message
    String needEndsLabel();

    @Message
    String needTimeHint();

    @Message
    String needDateInvalid();

    @Message
    String needTimeInvalid();

    @Message
    String needTimeWithoutDate();

    @Message
    String needEndBeforeStart();

    @Message
    String calendarOfInitiatives();

    @Message
    String calendarOfInitiative();

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
