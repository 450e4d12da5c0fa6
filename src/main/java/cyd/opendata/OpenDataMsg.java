package cyd.opendata;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of open data, feeds and the developers' page. The texts are in messages/opendata.properties (English) and
 * messages/opendata_cy.properties (Welsh); templates say them as {opendata:key}, and a template that names a message
 * not declared here fails the build. Generated from opendata.properties by src/tools/generate_msg.py.
 */
@MessageBundle(value = "opendata", locale = "en")
public interface OpenDataMsg {

    @Message
    String feedNewQuestion();

    @Message
    String feedNewIdea();

    @Message
    String feedAnswer();

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
    String openDataForExcel();

    @Message
    String openDataExcelHint();

    @Message
    String datasetPrompts();

    @Message
    String datasetIdeas();

    @Message
    String datasetInitiatives();

    @Message
    String datasetContributions();

    @Message
    String developersIntro();

    @Message
    String developersMeaning();

    @Message
    String developersStatus();

    @Message
    String developersAnswer();

    @Message
    String developersSchemas();

    @Message
    String developersSchemasIntro();

    @Message
    String developersField();

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
}
