package cyd.embed;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of embedding questions on a council's own website. The texts are in messages/embed.properties (English) and
 * messages/embed_cy.properties (Welsh); templates say them as {embed:key}, and a template that names a message
 * not declared here fails the build. Generated from embed.properties by src/tools/generate_msg.py.
 */
@MessageBundle(value = "embed", locale = "en")
public interface EmbedMsg {

    @Message
    String opensInNewTab();

    @Message
    String topIdeas();

    @Message
    String backThis();

    @Message
    String seeAllOnCyd();

    @Message
    String embedMissingTitle();

    @Message
    String embedMissingBody();

    @Message
    String embedMissingLink();

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
}
