package cyd.prompt;

import java.util.regex.Pattern;

/**
 * What the question coach looks for in one language. Each language writes its own rules ({@link EnglishCoachRules},
 * {@link WelshCoachRules}) for its own grammar; {@link QuestionCoach} reads every question with them the same way.
 * Every pattern is matched against the question lower-cased, with typographic apostrophes made plain.
 *
 * @param lead          words before the question proper that change nothing: "Overall,", "Thinking about …,"
 * @param wrapper       a polite or imperative frame around the real question: "Could you tell us", "Dywedwch wrthym"
 * @param yesNo         the question opens as one answered yes or no
 * @param catchAll      "anything else?", "any other comments?"
 * @param rating        a point on a scale: "how satisfied", "pa mor fodlon", "on a scale of"
 * @param choice        a choice among options already framed: "which of the following", "pa un o'r", "rank"
 * @param agree         agreement with something decided: "agree", "in favour", "cytuno", "o blaid"
 * @param views         only asks what people think: "your views", "what do you think", "eich barn"
 * @param general       names nothing anyone could take up: "the future of", "anything", "unrhyw beth"
 * @param councilActs   the council (or "we" alone) is the one who would act: "how can we", "beth ddylai'r cyngor"
 * @param needs         what people would need from the council to act: "what would you need", "angen arnoch"
 * @param offer         the council offers something first: "if we provide", "os byddwn ni'n darparu"
 * @param together      acting with the council or one another: "with us", "together", "gyda ni", "gyda'n gilydd"
 * @param personActs    a person (you, your group, residents) as the one who would do something people can do
 * @param councilAction something done together whose doer may be anyone: "improve", "do", "wella", "wneud"
 */
public record CoachRules(Pattern lead, Pattern wrapper, Pattern yesNo, Pattern catchAll, Pattern rating,
        Pattern choice, Pattern agree, Pattern views, Pattern general, Pattern councilActs, Pattern needs,
        Pattern offer, Pattern together, Pattern personActs, Pattern councilAction) {

    /** Compiled so that word boundaries and word characters include ŵ, ŷ, â and the rest. */
    static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
    }

    /** Words joined as alternatives, longest first so that "take part" wins over "take". */
    static String anyOf(String words) {
        return "(?:" + java.util.Arrays.stream(words.trim().split("\\s*\\|\\s*"))
                .sorted((a, b) -> b.length() - a.length())
                .map(w -> w.replace(" ", "\\s+"))
                .reduce((a, b) -> a + "|" + b).orElseThrow() + ")";
    }
}
