package cyd.organisation;

import cyd.account.Person;

/** A person was invited to represent an organisation; fired in the invitation's transaction, emailed by mail. */
public record InvitedToRepresent(Person person, String organisation) {
}
