package cyd.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of Cyd's co-production pages: initiatives, organisations and the contribution ledger. The texts are in messages/co.properties (English) and
 * messages/co_cy.properties (Welsh); a template that names a message not declared here fails the build.
 * Generated from co.properties by src/tools/generate_msg.py.
 */
@MessageBundle(value = "co", locale = "en")
public interface CoMsg {

    @Message
    String takenForwardAs();

    @Message
    String takenForwardBacker();

    @Message
    String takeForward();

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
    String noticeSaved();

    @Message
    String noticeNeedAdded();

    @Message
    String noticeNeedRemoved();

    @Message
    String noticeUpdatePosted();

    @Message
    String noticePartnerAdded();

    @Message
    String noticeApproved();

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
    String verified();

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
    String saveChanges();

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
    String approvalsTitle();

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
    String initiativeDescriptionTooLong();

    @Message
    String initiativeStatusRequired();

    @Message
    String commitmentTooLong();

    @Message
    String amountInvalid();

    @Message
    String organisationNameTaken();

    @Message
    String organisationNameRequired();

    @Message
    String organisationNameTooLong();

    @Message
    String charityNumberInvalid();

    @Message
    String companyNumberInvalid();

    @Message
    String organisationDescriptionRequired();

    @Message
    String websiteInvalid();

    @Message
    String phoneInvalid();

    @Message
    String organisationsTitle();

    @Message
    String organisationsIntro();

    @Message
    String registerOrganisation();

    @Message
    String noOrganisations();

    @Message
    String charityNumber();

    @Message
    String companyNumber();

    @Message
    String noticeOrganisationRegistered();

    @Message
    String noticeOrganisationVerified();

    @Message
    String notYetVerified();

    @Message
    String areasServed();

    @Message
    String website();

    @Message
    String phone();

    @Message
    String verifyOrganisation();

    @Message
    String representatives();

    @Message
    String representativeEmail();

    @Message
    String registerOrganisationIntro();

    @Message
    String organisationName();

    @Message
    String organisationDescription();

    @Message
    String charityNumberOptional();

    @Message
    String companyNumberOptional();

    @Message
    String areasServedHint();

    @Message
    String websiteOptional();

    @Message
    String contactEmailOptional();

    @Message
    String phoneOptional();

    @Message
    String contributionKindRequired();

    @Message
    String hoursRequired();

    @Message
    String hoursPositive();

    @Message
    String hoursQuarter();

    @Message
    String hoursOverDay();

    @Message
    String contributionDescriptionRequired();

    @Message
    String contributionDescriptionTooLong();

    @Message
    String contributionDateInvalid();

    @Message
    String contributionDateFuture();

    @Message
    String contributionDateTooOld();

    @Message
    String contributionNoteTooLong();

    @Message
    String queryReasonRequired();

    @Message
    String impactTitle();

    @Message
    String impactIntro();

    @Message
    String confirmedHours();

    @Message
    String onlyConfirmedCount();

    @Message
    String hoursByMonth();

    @Message
    String hoursByMonthTable();

    @Message
    String chartDescription();

    @Message
    String monthLabel();

    @Message
    String byArea();

    @Message
    String logIntro();

    @Message
    String whatDidYouGive();

    @Message
    String gaveTime();

    @Message
    String gaveSkill();

    @Message
    String gaveResource();

    @Message
    String hoursLabel();

    @Message
    String hoursHint();

    @Message
    String whatYouDid();

    @Message
    String whatYouDidHint();

    @Message
    String whenDidYouGive();

    @Message
    String noteOptional();

    @Message
    String ledgerIntro();

    @Message
    String noContributionsYet();

    @Message
    String noteLabel();

    @Message
    String queryReasonLabel();

    @Message
    String queryReasonHint();

    @Message
    String cannotConfirmOwn();

    @Message
    String confirm();

    @Message
    String queryContribution();

    @Message
    String contributionPending();

    @Message
    String contributionConfirmed();

    @Message
    String contributionQueried();

    @Message
    String yourRecord();

    @Message
    String recordIntro();

    @Message
    String noContributionsYours();

    @Message
    String everythingYouGave();

    @Message
    String dateLabel();

    @Message
    String initiativeLabel();

    @Message
    String confirmedBy();

    @Message
    String printThisPage();

    @Message
    String settingsTitle();

    @Message
    String hourlyValueIntro();

    @Message
    String hourlyValueLabel();

    @Message
    String hourlyValueHint();

    @Message
    String hourlyValueSourceLabel();

    @Message
    String hourlyValueYearLabel();

    @Message
    String hourlyValueInvalid();

    @Message
    String hourlyValueSourceRequired();

    @Message
    String hourlyValueYearInvalid();

    @Message
    String navOrganisations();

    @Message
    String seeYourRecord();

    @Message
    String defaultHourlySource();

    @Message
    String timeValuedAt();

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
    String noticeRepresentativeInvited();

    @Message
    String invitationsHeading();

    @Message
    String acceptInvitation();

    @Message
    String declineInvitation();

    @Message
    String invitesTooMany();

    @Message
    String inviteRepresentative();

    @Message
    String representativeEmailInvalid();

    @Message
    String invitationsIntro();

    @Message
    String noInvitations();

    @Message
    String noticeInvitationAccepted();

    @Message
    String noticeInvitationDeclined();
}
