package cyd.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the coach reads example questions councils actually ask, in English and Welsh. */
class QuestionCoachTest {

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "en|Should we close your library?|CLOSED",
            "en|Do you agree with the plan to cut bin collections?|CLOSED",
            "en|Are you in favour of a new car park?|CLOSED",
            "en|Which of the following options do you prefer for the high street?|CLOSED",
            "en|What sort of community do you want?|VAGUE",
            "en|Tell us what you think about the council's budget.|VAGUE",
            "en|Have your say on the future of the town centre|VAGUE",
            "en|How can we improve the park?|VAGUE",
            "en|What would you like to do with us to improve the area?|OPEN",
            "en|What would you like to do with us to make the park a better place?|OPEN",
            "en|How could you and your neighbours work together with us to keep the riverside clean?|OPEN",
            "cy|A ddylen ni gau eich llyfrgell?|CLOSED",
            "cy|Ydych chi'n cytuno â'r cynllun i leihau casgliadau biniau?|CLOSED",
            "cy|Oes angen maes parcio newydd?|CLOSED",
            "cy|Pa fath o gymuned ydych chi ei heisiau?|VAGUE",
            "cy|Dywedwch wrthym beth yw eich barn am gyllideb y cyngor.|VAGUE",
            "cy|Beth hoffech chi ei wneud gyda ni i wella'r ardal?|OPEN",
            "cy|Sut gallech chi weithio gyda ni i ofalu am y parc a'i wella?|OPEN" })
    void readsExampleQuestions(String lang, String question, QuestionCoach.Verdict expected) {
        QuestionCoach.Advice advice = QuestionCoach.read(question, lang);
        assertEquals(expected, advice.verdict(), advice.reasons().toString());
        assertTrue(!advice.reasons().isEmpty(), "every verdict says why");
        if (expected != QuestionCoach.Verdict.OPEN) {
            assertTrue(advice.suggestion().startsWith("cy".equals(lang) ? "Beth hoffech chi ei wneud gyda ni i"
                    : "What would you like to do with us to"), advice.suggestion());
            assertEquals(QuestionCoach.Verdict.OPEN, QuestionCoach.read(advice.suggestion(), lang).verdict(),
                    "the suggested rewrite itself reads as open: " + advice.suggestion());
        }
    }

    @Test
    void theRewriteKeepsTheQuestionsOwnSubject() {
        assertEquals("What would you like to do with us to improve your library?",
                QuestionCoach.read("Should we close your library?", "en").suggestion());
        assertEquals("Beth hoffech chi ei wneud gyda ni i wella eich llyfrgell?",
                QuestionCoach.read("A ddylen ni gau eich llyfrgell?", "cy").suggestion());
        assertEquals("Beth hoffech chi ei wneud gyda ni i wella'r parc?",
                QuestionCoach.read("Ydych chi'n hoffi'r parc?", "cy").suggestion());
        assertEquals("What would you like to do with us to improve the area?",
                QuestionCoach.read("What sort of community do you want?", "en").suggestion());
    }

    @Test
    void reasonsNameWhatIsWrong() {
        assertTrue(QuestionCoach.read("Should we close your library?", "en").reasons()
                .contains(QuestionCoach.Reason.YES_NO));
        assertTrue(QuestionCoach.read("Tell us your views on parking", "en").reasons()
                .contains(QuestionCoach.Reason.JUST_TELL_US));
        assertTrue(QuestionCoach.read("How can we improve the park?", "en").reasons()
                .contains(QuestionCoach.Reason.NOT_TOGETHER));
    }
}
