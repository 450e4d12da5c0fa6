package cyd.prompt;


/** The coach's reasons and verdicts in words, in the language of the messages given. */
public final class CoachWords {

    private CoachWords() {
    }

    public static String reason(QuestionCoach.Reason reason, PromptMsg msg) {
        return switch (reason) {
            case YES_NO -> msg.coachYesNo();
            case AGREE_DISAGREE -> msg.coachAgree();
            case CHOICE_FRAMED -> msg.coachChoice();
            case TOO_GENERAL -> msg.coachTooGeneral();
            case JUST_TELL_US -> msg.coachJustTellUs();
            case NOT_TOGETHER -> msg.coachNotTogether();
            case NO_ACTION -> msg.coachNoAction();
            case INVITES_ACTION -> msg.coachInvites();
        };
    }

    public static String verdict(QuestionCoach.Verdict verdict, PromptMsg msg) {
        return switch (verdict) {
            case OPEN -> msg.coachVerdictOpen();
            case CLOSED -> msg.coachVerdictClosed();
            case VAGUE -> msg.coachVerdictVague();
        };
    }
}
