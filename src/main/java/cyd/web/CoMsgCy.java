package cyd.web;

import io.quarkus.qute.i18n.Localized;

/** The Welsh co-production messages: their texts are in messages/co_cy.properties. */
@Localized("cy")
public interface CoMsgCy extends CoMsg {
}
