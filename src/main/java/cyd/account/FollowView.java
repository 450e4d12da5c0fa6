package cyd.account;

/** A question someone follows, as their account page lists it. */
public record FollowView(Long promptId, String title, String titleLang, String link, String frequency) {
}
