package cyd.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import cyd.account.Person;
import cyd.contribution.ContributionForm;
import cyd.idea.IdeaCursor;
import cyd.idea.IdeaSort;
import cyd.prompt.QuestionCoach;
import cyd.web.SearchTerms;
import cyd.prompt.QuestionCoachApi;

/**
 * Jazzer fuzzes what reads what people and clients type: each target must never throw anything but the refusal
 * it documents, never hang, and give an answer with the properties stated. Without JAZZER_FUZZ set these run once
 * over the kept inputs in {@code src/test/resources/cyd/web/ParserFuzzTestInputs/} (every test run, so each input
 * that once failed is tried for ever); with {@code JAZZER_FUZZ=1} they are fuzzed for a minute ({@code .ci/run}
 * does this), and an input that fails is written there to be kept.
 */
class ParserFuzzTest {

    /**
     * One entry point for all of them, so that one fuzzing run (Jazzer fuzzes one test per JVM) covers every parser:
     * the fuzzer picks which from the input and learns each one's branches.
     */
    @FuzzTest(maxDuration = "60s")
    void everyParserAnswersEveryInput(FuzzedDataProvider data) {
        switch (data.consumeInt(0, 8)) {
            case 0 -> textCleaningLeavesNothingInvisibleAndIsStable(data);
            case 1 -> datesAreRealDaysBetween1000And2200OrNothing(data);
            case 2 -> moneyIsWholePenceWithinTheLimitOrNothing(data);
            case 3 -> hoursAreQuartersOrRefused(data);
            case 4 -> searchTermsAreFewAndLongEnough(data);
            case 5 -> aCursorIsOneThisOrderWroteOrRefused(data);
            case 6 -> theQuestionCoachAnswersEveryQuestion(data);
            case 7 -> anEmailAddressNormalisedOnceStaysSo(data);
            default -> aNextAddressIsAPathOnThisSiteOrTheFallback(data);
        }
    }

    private static void textCleaningLeavesNothingInvisibleAndIsStable(FuzzedDataProvider data) {
        String typed = data.consumeRemainingAsString();
        String once = Text.clean(typed);
        assertEquals(once, Text.clean(once), "cleaning twice changes nothing");
        assertTrue(once.length() <= typed.length());
        assertFalse(once.chars().anyMatch(c -> c == 0 || c == 0x202E || c == 0x200F || c == '\r'),
                "no NUL, bidi override or carriage return is kept");
        assertFalse(!once.isEmpty() && (Character.isWhitespace(once.charAt(0)) || Character.isSpaceChar(once.charAt(0))),
                "no space at the start");
    }

    private static void datesAreRealDaysBetween1000And2200OrNothing(FuzzedDataProvider data) {
        LocalDate d = Dates.parse(data.consumeString(12), data.consumeString(12), data.consumeRemainingAsString());
        if (d != null) {
            assertTrue(d.getYear() >= 1000 && d.getYear() <= 2200, d.toString());
        }
    }

    private static void moneyIsWholePenceWithinTheLimitOrNothing(FuzzedDataProvider data) {
        long max = data.consumeLong(0, 10_000_000);
        boolean zero = data.consumeBoolean();
        Long pence = Money.parsePence(data.consumeRemainingAsString(), max, zero);
        if (pence != null) {
            assertTrue(pence >= (zero ? 0 : 1) && pence <= max * 100, pence + " of at most " + max);
        }
    }

    private static void hoursAreQuartersOrRefused(FuzzedDataProvider data) {
        ContributionForm f = new ContributionForm();
        f.hours = data.consumeRemainingAsString();
        Integer minutes = f.minutes();
        if (minutes != null && minutes != -1) {
            assertTrue(minutes >= 0 && minutes % 15 == 0, f.hours + " gave " + minutes);
        }
    }

    private static void searchTermsAreFewAndLongEnough(FuzzedDataProvider data) {
        SearchTerms terms = SearchTerms.of(data.consumeRemainingAsString());
        assertTrue(terms.words().size() <= SearchTerms.WORDS_MAX);
        terms.words().forEach(w -> assertTrue(w.length() >= SearchTerms.WORD_MIN, w));
    }

    private static void aCursorIsOneThisOrderWroteOrRefused(FuzzedDataProvider data) {
        IdeaSort sort = data.consumeBoolean() ? IdeaSort.NEW : IdeaSort.TOP;
        String text = data.consumeRemainingAsString();
        IdeaCursor c;
        try {
            c = IdeaCursor.parse(sort, text);
        } catch (IllegalArgumentException refused) {
            return;
        }
        if (c != null) {
            assertTrue(c.id() >= 0 && c.backingCount() >= 0);
            String again = sort == IdeaSort.NEW ? Long.toString(c.id()) : c.backingCount() + "-" + c.id();
            assertEquals(c, IdeaCursor.parse(sort, again), "what it read, written again, reads the same");
        }
    }

    private static void theQuestionCoachAnswersEveryQuestion(FuzzedDataProvider data) {
        String lang = data.consumeBoolean() ? "cy" : "en";
        String text = data.consumeRemainingAsString();
        if (text.length() > QuestionCoachApi.TEXT_MAX) {
            return; // the API refuses longer text before the coach reads it
        }
        QuestionCoach.Advice advice = QuestionCoach.read(text, lang);
        assertNotNull(advice.verdict());
        assertNotNull(advice.reasons());
    }

    private static void anEmailAddressNormalisedOnceStaysSo(FuzzedDataProvider data) {
        String once = Person.normaliseEmail(data.consumeRemainingAsString());
        assertEquals(once, Person.normaliseEmail(once), "the address stored is the address looked up");
    }

    private static void aNextAddressIsAPathOnThisSiteOrTheFallback(FuzzedDataProvider data) {
        String next = Pages.safeNext(data.consumeRemainingAsString(), "/fallback");
        assertTrue(next.equals("/fallback") || next.startsWith("/") && !next.startsWith("//")
                && next.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '\\'), next);
    }
}
