package cyd.search;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of search. The texts are in messages/search.properties (English) and
 * messages/search_cy.properties (Welsh); templates say them as {search:key}, and a template that names a message
 * not declared here fails the build. Generated from search.properties by src/tools/generate_msg.py.
 */
@MessageBundle(value = "search", locale = "en")
public interface SearchMsg {

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
}
