package cyd.organisation;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of voluntary organisations: registering, verification and representatives. The texts are in messages/organisation.properties (English) and
 * messages/organisation_cy.properties (Welsh); templates say them as {organisation:key}, and a template that names a message
 * not declared here fails the build. Generated from organisation.properties by src/tools/generate_msg.py.
 */
@MessageBundle(value = "organisation", locale = "en")
public interface OrganisationMsg {

    @Message
    String initiativeDescriptionTooLong();

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
    String noticeRepresentativeInvited();

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
