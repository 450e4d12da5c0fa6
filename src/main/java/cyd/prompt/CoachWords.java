package cyd.prompt;

import cyd.web.Word;

/** The message that says each of the coach's reasons and verdicts; the page or API says it in its language. */
public final class CoachWords {

    private CoachWords() {
    }

    public static Word reason(QuestionCoach.Reason reason) {
        return Word.<PromptMsg>of(switch (reason) {
            case YES_NO -> PromptMsg::coachYesNo;
            case AGREE_DISAGREE -> PromptMsg::coachAgree;
            case CHOICE_FRAMED -> PromptMsg::coachChoice;
            case TOO_GENERAL -> PromptMsg::coachTooGeneral;
            case JUST_TELL_US -> PromptMsg::coachJustTellUs;
            case RATING -> PromptMsg::coachRating;
            case COUNCIL_ACTS -> PromptMsg::coachCouncilActs;
            case ASKS_WHAT_IS_NEEDED -> PromptMsg::coachNeeds;
            case OFFERS_SUPPORT -> PromptMsg::coachOffers;
            case TOGETHER -> PromptMsg::coachTogether;
            case NO_ACTION -> PromptMsg::coachNoAction;
            case INVITES_ACTION -> PromptMsg::coachInvites;
        });
    }

    public static Word verdict(QuestionCoach.Verdict verdict) {
        return Word.<PromptMsg>of(switch (verdict) {
            case OPEN -> PromptMsg::coachVerdictOpen;
            case CLOSED -> PromptMsg::coachVerdictClosed;
            case VAGUE -> PromptMsg::coachVerdictVague;
        });
    }
}
