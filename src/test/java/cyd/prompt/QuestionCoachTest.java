package cyd.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

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
            "en|How would you like to get involved in planting trees along the river this winter?|OPEN",
            "en|What would you need from us to start a repair café in your village?|OPEN",
            "en|If we provide the tools and the skip, what would your street like to clear or improve first?|OPEN",
            "en|Tell us what you would like to do to look after the play area.|OPEN",
            "en|How satisfied are you with the street cleaning service?|CLOSED",
            "en|Would you like to work with us to look after the park?|CLOSED",
            "en|What matters to you?|VAGUE",
            "en|Have your say on the future of our county|VAGUE",
            "cy|Sut hoffech chi weithio ochr yn ochr â'n wardeiniaid i ofalu am y comin?|OPEN",
            "cy|Beth fyddai ei angen arnoch gennym ni i ddechrau caffi trwsio yn eich pentref?|OPEN",
            "cy|Pa mor fodlon ydych chi â'r gwasanaeth glanhau strydoedd?|CLOSED",
            "cy|Hoffech chi weithio gyda ni i ofalu am y parc?|CLOSED",
            "cy|Beth sy'n bwysig i chi?|VAGUE",
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
        assertEquals("What would you like to do with us to improve the High Street?",
                QuestionCoach.read("Tell us your views on the High Street.", "en").suggestion(), "the subject keeps its capitals");
    }

    @Test
    void aYesOrNoInvitationBecomesAnOpenOne() {
        assertEquals("How would you like to work with us to look after the park?",
                QuestionCoach.read("Would you like to work with us to look after the park?", "en").suggestion());
        assertEquals("Sut hoffech chi wirfoddoli gyda ni yn y llyfrgell?",
                QuestionCoach.read("Hoffech chi wirfoddoli gyda ni yn y llyfrgell?", "cy").suggestion(),
                "the verb-noun keeps the mutation it had after 'hoffech chi'");
        assertTrue(QuestionCoach.read("Would you like to receive updates by email?", "en").suggestion()
                .startsWith("What would you like to do with us to"), "receiving updates is not something to invite");
    }

    @Test
    void everyRewriteOfTheLabelledSetReadsAsOpen() throws java.io.IOException {
        int rewritten = 0;
        for (QuestionCoachSetTest.Labelled row : QuestionCoachSetTest.load()) {
            QuestionCoach.Advice advice = QuestionCoach.read(row.question(), row.lang());
            if (advice.verdict() != QuestionCoach.Verdict.OPEN) {
                rewritten++;
                assertEquals(QuestionCoach.Verdict.OPEN, QuestionCoach.read(advice.suggestion(), row.lang()).verdict(),
                        row.question() + " -> " + advice.suggestion());
            } else {
                assertEquals(row.question().strip(), advice.suggestion(), "an open question is left as written");
            }
        }
        assertTrue(rewritten > 300, "most of the set is closed or vague: " + rewritten);
    }

    @Test
    void aQuestionWithTwoPartsIsOpenWhenEitherPartInvitesAction() {
        QuestionCoach.Advice advice = QuestionCoach.read(
                "How satisfied are you with the park, and how would you like to help look after it?", "en");
        assertEquals(QuestionCoach.Verdict.OPEN, advice.verdict(), advice.reasons().toString());
        assertEquals(QuestionCoach.Verdict.CLOSED, QuestionCoach.read(
                "The council is proposing to close two libraries. Do you support this proposal?", "en").verdict(),
                "the sentence that sets the scene is not read as the question");
    }

    @Test
    void reasonsNameWhatIsWrong() {
        assertTrue(QuestionCoach.read("Should we close your library?", "en").reasons()
                .contains(QuestionCoach.Reason.YES_NO));
        assertTrue(QuestionCoach.read("Tell us your views on parking", "en").reasons()
                .contains(QuestionCoach.Reason.JUST_TELL_US));
        assertTrue(QuestionCoach.read("How can we improve the park?", "en").reasons()
                .contains(QuestionCoach.Reason.COUNCIL_ACTS));
        assertTrue(QuestionCoach.read("How satisfied are you with the street cleaning service?", "en").reasons()
                .contains(QuestionCoach.Reason.RATING));
        assertTrue(QuestionCoach.read("Pa mor fodlon ydych chi â'r gwasanaeth?", "cy").reasons()
                .contains(QuestionCoach.Reason.RATING));
        assertEquals(List.of(QuestionCoach.Reason.ASKS_WHAT_IS_NEEDED),
                QuestionCoach.read("What would you need from us to start a repair café in your village?", "en").reasons());
        assertTrue(QuestionCoach.read("Os byddwn ni'n darparu'r offer, beth hoffech chi ei glirio?", "cy").reasons()
                .contains(QuestionCoach.Reason.OFFERS_SUPPORT));
        assertTrue(QuestionCoach.read("Beth ddylai'r cyngor ei wneud am sbwriel?", "cy").reasons()
                .contains(QuestionCoach.Reason.COUNCIL_ACTS));
    }
}
