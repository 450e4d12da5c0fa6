package cyd.prompt;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a question as a resident would and says whether it invites people to act, offer, lead or get involved
 * (open, with or without the words "with us"), asks for a yes or no, agreement, a choice among given options or a
 * rating (closed), or names nothing a person could take up, only asks for views or asks what the council should do
 * (vague); with reasons and an open rewrite that keeps the question's own subject. Each language has its own rules
 * ({@link EnglishCoachRules}, {@link WelshCoachRules}), read the same way: the question is cut into its parts
 * (sentences that ask something, and "…, and what…" halves), each part is read, and a question reads as open when
 * any part invites action, else as closed when any part is closed. Rules anyone can read and argue with; advice,
 * never a block. How well it reads councils' questions is measured by QuestionCoachSetTest (bench/COACH.md).
 */
public final class QuestionCoach {

    public enum Verdict {
        OPEN, CLOSED, VAGUE
    }

    /** Why a question reads as it does; each has a sentence in both languages in the prompt bundle. */
    public enum Reason {
        YES_NO, AGREE_DISAGREE, CHOICE_FRAMED, RATING, TOO_GENERAL, JUST_TELL_US, COUNCIL_ACTS, NO_ACTION,
        INVITES_ACTION, ASKS_WHAT_IS_NEEDED, OFFERS_SUPPORT, TOGETHER
    }

    public record Advice(Verdict verdict, List<Reason> reasons, String suggestion) {
    }

    private record Reading(Verdict verdict, Set<Reason> reasons) {
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[?.!])\\s+");
    private static final Pattern EN_PARTS = Pattern.compile(",\\s+(?:and|or|but)\\s+(?=(?:what|how|where|when|which|who|why|would|"
            + "could|do|did|will|can|should|tell|let|please)\\b)|;\\s+");
    private static final Pattern CY_PARTS = Pattern.compile(",\\s+(?:a|ac|neu|ond)\\s+(?=(?:beth|sut|ble|pryd|pa|pha|pam|pwy|"
            + "a|ydych|fyddech|hoffech|dywedwch|rhowch)\\b)|;\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private QuestionCoach() {
    }

    public static Advice read(String text, String lang) {
        boolean cy = "cy".equals(lang);
        CoachRules rules = cy ? WelshCoachRules.RULES : EnglishCoachRules.RULES;
        String shown = text == null ? "" : text.strip().replace('’', '\'').replaceAll("\\s+", " ");
        String q = shown.toLowerCase(Locale.ROOT);
        Reading reading = readWhole(q, rules, cy);
        String suggestion = reading.verdict() == Verdict.OPEN ? text.strip() : rewrite(q.length() == shown.length() ? shown : q, cy);
        return new Advice(reading.verdict(), List.copyOf(reading.reasons()), suggestion);
    }

    /**
     * An open question in place of one that is not: "Would you like to X?" becomes "How would you like to X?" when X is
     * something people can do; otherwise "What would you like to do with us to improve …?" around the question's own
     * subject. A rewrite that would not itself read as open is never offered.
     */
    static String rewrite(String shown, boolean cy) {
        String q = shown.toLowerCase(Locale.ROOT);
        String asking = lastQuestion(q);
        Matcher invitation = (cy ? CY_INVITATION : EN_INVITATION).matcher(asking);
        if (invitation.matches()) {
            int from = q.lastIndexOf(asking) + invitation.start(1);
            String rest = shown.substring(from, from + invitation.group(1).length());
            String asked = (cy ? "Sut hoffech chi " : "How would you like to ") + rest + "?";
            if (readWhole(asked.toLowerCase(Locale.ROOT), cy ? WelshCoachRules.RULES : EnglishCoachRules.RULES, cy)
                    .verdict() == Verdict.OPEN) {
                return asked;
            }
        }
        String around = aroundTopic(shown, cy);
        return readWhole(around.toLowerCase(Locale.ROOT), cy ? WelshCoachRules.RULES : EnglishCoachRules.RULES, cy).verdict()
                == Verdict.OPEN ? around : aroundTopic("", cy);
    }

    /** "Would you like to / be willing to / Do you want to" + something people can do; Welsh keeps the verb-noun's mutation. */
    private static final Pattern EN_INVITATION = CoachRules.p("^(?:would\\s+you\\s+like\\s+to|would\\s+you\\s+be\\s+(?:willing|happy|prepared|"
            + "keen|able)\\s+to|do\\s+you\\s+want\\s+to|are\\s+you\\s+(?:willing|happy|able|prepared)\\s+to|will\\s+you|could\\s+you)\\s+("
            + EnglishCoachRules.ACTION + "\\b[^?]*?)[?.!]*$");
    private static final Pattern CY_INVITATION = CoachRules.p("^(?:a\\s+)?(?:hoffech\\s+chi|(?:fyddech|ydych)\\s+chi'n\\s+(?:fodlon|barod|hapus)"
            + "(?:\\s+i)?|allech\\s+chi|wnewch\\s+chi)\\s+(" + WelshCoachRules.ACTION + "\\b[^?]*?)[?.!]*$");

    private static String lastQuestion(String q) {
        String[] sentences = SENTENCE_END.split(q);
        for (int i = sentences.length - 1; i >= 0; i--) {
            if (sentences[i].endsWith("?")) {
                return sentences[i];
            }
        }
        return sentences[sentences.length - 1];
    }

    private static Reading readWhole(String q, CoachRules rules, boolean cy) {
        List<String> sentences = List.of(SENTENCE_END.split(q));
        // Sentences that ask, or that tell the reader what to say ("Tell us what you could do."); not those that set the scene.
        List<String> asking = sentences.stream()
                .filter(s -> s.endsWith("?") || rules.wrapper().matcher(rules.lead().matcher(s).replaceFirst("")).lookingAt())
                .toList();
        List<Reading> readings = new ArrayList<>();
        for (String sentence : asking.isEmpty() ? sentences : asking) {
            for (String part : (cy ? CY_PARTS : EN_PARTS).split(sentence)) {
                readings.add(readPart(part.replaceAll("[?.!]+$", "").strip(), rules));
            }
        }
        for (Verdict v : List.of(Verdict.OPEN, Verdict.CLOSED, Verdict.VAGUE)) {
            Set<Reason> reasons = new LinkedHashSet<>();
            readings.stream().filter(r -> r.verdict() == v).forEach(r -> reasons.addAll(r.reasons()));
            if (!reasons.isEmpty()) {
                return new Reading(v, reasons);
            }
        }
        return new Reading(Verdict.VAGUE, Set.of(Reason.TOO_GENERAL));
    }

    /** One part of a question: what frames it first, then what it asks people to do, else why it is vague. */
    private static Reading readPart(String part, CoachRules r) {
        String c = r.lead().matcher(part).replaceFirst("");
        for (int i = 0; i < 2; i++) {
            c = r.wrapper().matcher(c).replaceFirst("");
        }
        c = r.lead().matcher(c).replaceFirst("");
        Set<Reason> reasons = new LinkedHashSet<>();
        if (r.catchAll().matcher(c).find()) {
            return new Reading(Verdict.VAGUE, Set.of(Reason.TOO_GENERAL));
        }
        if (r.yesNo().matcher(c).find()) {
            reasons.add(Reason.YES_NO);
        }
        if (r.agree().matcher(c).find()) {
            reasons.add(Reason.AGREE_DISAGREE);
        }
        if (r.choice().matcher(c).find()) {
            reasons.add(Reason.CHOICE_FRAMED);
        }
        if (r.rating().matcher(c).find()) {
            reasons.add(Reason.RATING);
        }
        if (!reasons.isEmpty()) {
            return new Reading(Verdict.CLOSED, reasons);
        }
        boolean views = r.views().matcher(c).find();
        boolean offer = r.offer().matcher(c).find();
        boolean together = r.together().matcher(c).find();
        if (r.needs().matcher(c).find()) {
            reasons.add(Reason.ASKS_WHAT_IS_NEEDED);
        }
        if (r.personActs().matcher(c).find()) {
            reasons.add(Reason.INVITES_ACTION);
        }
        if (together && !views && r.councilAction().matcher(c).find()) {
            reasons.add(Reason.TOGETHER);
        }
        if (!reasons.isEmpty()) {
            if (offer) {
                reasons.add(Reason.OFFERS_SUPPORT);
            }
            if (together) {
                reasons.add(Reason.TOGETHER);
            }
            return new Reading(Verdict.OPEN, reasons);
        }
        if (views) {
            reasons.add(Reason.JUST_TELL_US);
        }
        if (r.general().matcher(c).find() || c.split("\\s+").length < 5) {
            reasons.add(Reason.TOO_GENERAL);
        }
        if (r.councilActs().matcher(c).find()) {
            reasons.add(Reason.COUNCIL_ACTS);
        }
        if (reasons.isEmpty()) {
            reasons.add(Reason.NO_ACTION);
        }
        return new Reading(Verdict.VAGUE, reasons);
    }

    /** "What would you like to do with us to …?" around the question's own subject, where one can be found. */
    private static String aroundTopic(String shown, boolean cy) {
        String topic = topic(shown, cy);
        if (cy) {
            if (topic == null) {
                return "Beth hoffech chi ei wneud gyda ni i wella'r ardal?";
            }
            // After "wella" the article is written 'r, joined to the verb: "i wella'r llyfrgell".
            Matcher article = CY_ARTICLE.matcher(topic);
            return article.matches() ? "Beth hoffech chi ei wneud gyda ni i wella'r " + article.group(1) + "?"
                    : "Beth hoffech chi ei wneud gyda ni i wella " + topic + "?";
        }
        return topic == null ? "What would you like to do with us to improve the area?"
                : "What would you like to do with us to improve " + topic + "?";
    }

    /** After "wella" a Welsh subject's article is joined to the verb: "i wella'r llyfrgell". */
    private static final Pattern CY_ARTICLE = Pattern.compile("(?i)^(?:y|yr|'r) (.+)$");
    private static final Pattern EN_TOPIC = Pattern.compile(
            "\\b((?:the|your|our|this|local|a|an) [a-z' -]{2,40}?)(?:[?.!,:;]|$| for | in | on | next | this year| by )");
    private static final Pattern CY_TOPIC = Pattern.compile(
            "((?:y|yr|'r|eich|ein|ardal) [a-zâêîôûŵŷ' -]{2,40}?)(?:[?.!,:;]|$| ar gyfer | yn | ar | y flwyddyn)");
    /** A subject is a thing or a place: not a phrase that carries the question's verb, nor the views it asks for. */
    private static final Pattern EN_NOT_TOPIC = CoachRules.p("\\b(?:would|could|should|you|we|do|does|is|are|be|will|can|think|"
            + "what|how|prefer|like|want|views?|thoughts|comments|say|ideas|feedback|priorities|opinions?|option|following|"
            + "easier|harder|better|worse)\\b");
    private static final Pattern CY_NOT_TOPIC = CoachRules.p("\\b(?:chi|ni|ydych|fyddech|hoffech|dylai|ddylai|barn|sylwadau|"
            + "syniadau|adborth|blaenoriaethau|opsiwn|canlynol|gennych|haws|anoddach|gwell|well|gwaeth)\\b");

    private static String topic(String shown, boolean cy) {
        String q = shown.toLowerCase(Locale.ROOT);
        Matcher m = (cy ? CY_TOPIC : EN_TOPIC).matcher(q);
        String found = null;
        while (m.find()) {
            if (!(cy ? CY_NOT_TOPIC : EN_NOT_TOPIC).matcher(m.group(1)).find()) {
                found = shown.substring(m.start(1), m.end(1)).strip();
            }
        }
        if (found == null) {
            return null;
        }
        // "the future of the town centre" is about the town centre.
        found = found.replaceFirst(cy ? "(?i)^(?:y |yr |'r )?(?:dyfodol|weledigaeth ar gyfer|gweledigaeth ar gyfer) "
                : "(?i)^(?:the |your |our )?(?:future of|vision for|kind of|sort of|type of) ", "");
        if (cy) {
            return found;
        }
        // "a library" reads oddly after "improve": make it "the library".
        return found.replaceFirst("(?i)^(a|an) ", "the ");
    }
}
