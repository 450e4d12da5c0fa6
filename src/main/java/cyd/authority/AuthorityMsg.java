package cyd.authority;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the list of councils. The texts are in messages/authority.properties (English) and
 * messages/authority_cy.properties (Welsh); templates say them as {authority:key}, and a template that names a message
 * not declared here fails the build. Generated from authority.properties by src/tools/generate_msg.py.
 */
@MessageBundle(value = "authority", locale = "en")
public interface AuthorityMsg {

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
}
