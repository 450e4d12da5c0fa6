package cyd.initiative;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of initiatives: starting one, needs, offers, partners and updates. The texts are in messages/initiative.properties (English) and
 * messages/initiative_cy.properties (Welsh); templates say them as {initiative:key}, and a template that names a message
 * not declared here fails the build. Generated from initiative.properties by src/tools/generate_msg.py.
 */
@MessageBundle(value = "initiative", locale = "en")
public interface InitiativeMsg {

    @Message
    String initiativesIntro();

    @Message
    String initiativesAwaitingApproval();

    @Message
    String startInitiative();

    @Message
    String impactLink();

    @Message
    String noInitiatives();

    @Message
    String membersLabel();

    @Message
    String hoursGivenLabel();

    @Message
    String noticeInitiativeStarted();

    @Message
    String noticeAwaitingApproval();

    @Message
    String noticeJoined();

    @Message
    String noticeOfferChanged();

    @Message
    String noticeLeft();

    @Message
    String noticeNeedAdded();

    @Message
    String noticeNeedRemoved();

    @Message
    String noticeUpdatePosted();

    @Message
    String noticePartnerAdded();

    @Message
    String noticeInitiativeApproved();

    @Message
    String noticeContributionLogged();

    @Message
    String initiativeNotYetPublic();

    @Message
    String approve();

    @Message
    String decline();

    @Message
    String grownFromIdea();

    @Message
    String youHaveOffered();

    @Message
    String changeYourOffer();

    @Message
    String withdrawYourOffer();

    @Message
    String joinInitiative();

    @Message
    String signInToJoin();

    @Message
    String logContribution();

    @Message
    String whatEachSideBrings();

    @Message
    String councilBrings();

    @Message
    String councilBringsNothingYet();

    @Message
    String councilFunding();

    @Message
    String communityAskedFor();

    @Message
    String noNeedsYet();

    @Message
    String needSkill();

    @Message
    String needTime();

    @Message
    String needResource();

    @Message
    String needQuantity();

    @Message
    String needWhen();

    @Message
    String needWhere();

    @Message
    String removeNeed();

    @Message
    String givenSoFar();

    @Message
    String valueOfTime();

    @Message
    String valuedAt();

    @Message
    String anHour();

    @Message
    String seeImpactOverTime();

    @Message
    String partnersHeading();

    @Message
    String noPartnersYet();

    @Message
    String addAsPartner();

    @Message
    String forOrganisers();

    @Message
    String editInitiative();

    @Message
    String addNeed();

    @Message
    String postUpdate();

    @Message
    String seeOffers();

    @Message
    String confirmContributions();

    @Message
    String updatesHeading();

    @Message
    String noUpdatesYet();

    @Message
    String startingFromIdea();

    @Message
    String startInitiativeIntro();

    @Message
    String initiativeTitle();

    @Message
    String initiativeTitleHint();

    @Message
    String initiativeDescription();

    @Message
    String initiativeDescriptionHint();

    @Message
    String councilCommitmentLabel();

    @Message
    String councilCommitmentHint();

    @Message
    String councilAmountLabel();

    @Message
    String councilAmountHint();

    @Message
    String joinIntro();

    @Message
    String whatCanYouOffer();

    @Message
    String whatCanYouOfferHint();

    @Message
    String offerInYourWords();

    @Message
    String offerInYourWordsHint();

    @Message
    String whenCanYouHelp();

    @Message
    String whenWeekdays();

    @Message
    String whenEvenings();

    @Message
    String whenWeekends();

    @Message
    String whenOneOff();

    @Message
    String whichDate();

    @Message
    String whereCanYouHelp();

    @Message
    String chooseOne();

    @Message
    String fromHome();

    @Message
    String joinThrough();

    @Message
    String joinThroughHint();

    @Message
    String joinAsMyself();

    @Message
    String shareEmail();

    @Message
    String saveYourOffer();

    @Message
    String needKindQuestion();

    @Message
    String needDescriptionLabel();

    @Message
    String needDescriptionHint();

    @Message
    String needQuantityLabel();

    @Message
    String needWhenLabel();

    @Message
    String needWhereLabel();

    @Message
    String updateLabel();

    @Message
    String offersTitle();

    @Message
    String offersIntro();

    @Message
    String noOffersYet();

    @Message
    String offersNeeds();

    @Message
    String offersOwnWords();

    @Message
    String offersThrough();

    @Message
    String emailNotShared();

    @Message
    String noApprovalsWaiting();

    @Message
    String startedBy();

    @Message
    String needKindRequired();

    @Message
    String needDescriptionRequired();

    @Message
    String needDescriptionTooLong();

    @Message
    String needQuantityInvalid();

    @Message
    String needWhenWhereTooLong();

    @Message
    String updateRequired();

    @Message
    String updateTooLong();

    @Message
    String offerWhatRequired();

    @Message
    String offerDescriptionTooLong();

    @Message
    String offerWhenRequired();

    @Message
    String offerDateInvalid();

    @Message
    String offerDatePast();

    @Message
    String offerWhereRequired();

    @Message
    String offerOrganisationInvalid();

    @Message
    String initiativeTitleRequired();

    @Message
    String initiativeTitleTooLong();

    @Message
    String initiativeDescriptionRequired();

    @Message
    String initiativeStatusRequired();

    @Message
    String commitmentTooLong();

    @Message
    String amountInvalid();

    @Message
    String noticePartnerRequested();

    @Message
    String noticePartnerAccepted();

    @Message
    String noticePartnerDeclined();

    @Message
    String partnerRequestsHeading();

    @Message
    String partnerRequestsHint();

    @Message
    String partnerWaiting();

    @Message
    String acceptPartner();

    @Message
    String declinePartner();

    @Message
    String askToBePartner();

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
}
