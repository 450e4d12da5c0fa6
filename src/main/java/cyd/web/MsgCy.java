package cyd.web;

import io.quarkus.qute.i18n.Localized;

/** The Welsh messages: their texts are in messages/msg_cy.properties. */
@Localized("cy")
public interface MsgCy extends Msg {
}
