package cyd.prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a question as a resident would and says whether it invites people to act together (open), asks
 * for a yes/no or a choice already framed (closed), or is too general or only asks for views (vague),
 * with reasons and an open "with us" rewrite. Rules anyone can read and argue with; advice, never a block.
 */
public final class QuestionCoach {

    public enum Verdict {
        OPEN, CLOSED, VAGUE
    }

    /** Why a question reads as it does; each has a sentence in both languages in the co bundle. */
    public enum Reason {
        YES_NO, AGREE_DISAGREE, CHOICE_FRAMED, TOO_GENERAL, JUST_TELL_US, NOT_TOGETHER, NO_ACTION, INVITES_ACTION
    }

    public record Advice(Verdict verdict, List<Reason> reasons, String suggestion) {
    }

    private static final Pattern EN_YES_NO = Pattern.compile(
            "^(should|shall|do|does|did|will|would|is|are|was|were|can|could|have(?! your say)|has|had|may|must|might)\\b");
    private static final Pattern EN_AGREE = Pattern.compile(
            "\\b(agree|disagree|support|oppose|in favour|in favor|approve of|yes or no)\\b");
    private static final Pattern EN_CHOICE = Pattern.compile(
            "\\b(which of (the|these)|option [a-d1-4]\\b|choose between|rank|prefer .+ or )");
    private static final Pattern EN_JUST_TELL = Pattern.compile(
            "\\b(tell us|your views|your view|your thoughts|your opinion|your comments|any comments|have your say|"
                    + "what do you think|feedback)\\b");
    private static final Pattern EN_VAGUE = Pattern.compile(
            "\\b(sort of|kind of|type of|vision|future of|in general|generally|anything)\\b");
    private static final Pattern EN_OPEN_START = Pattern.compile("^(what|how|in what ways?|which ways?|where|when)\\b");
    private static final Pattern EN_TOGETHER = Pattern.compile(
            "\\b(with us|together|alongside us|with the council|with your neighbours|join us|help us)\\b");
    private static final Pattern EN_ACTION = Pattern.compile(
            "\\b(do|make|improve|start|help|change|build|run|organise|organize|create|grow|plant|clean|look after|care for|"
                    + "fix|repair|keep|bring|set up|lead|share|give|try|turn|transform|protect|reuse|open)\\b");

    private static final Pattern CY_YES_NO = Pattern.compile(
            "^(a\\s|ydych|ydy|ydi|yw|oes|wyt|ydyn|fyddech|fydd|ddylai|ddylen|ddylem|ddylid|allech|allwch|hoffech|"
                    + "gawn|caiff|dylai|dylen|dylem)");
    private static final Pattern CY_AGREE = Pattern.compile("(cytuno|anghytuno|cefnogi'r cynnig|o blaid|yn erbyn|ie neu na)");
    private static final Pattern CY_CHOICE = Pattern.compile("(pa un o'r|pa rai o'r|dewis rhwng|opsiwn [a-d1-4]|rhowch .+ mewn trefn)");
    private static final Pattern CY_JUST_TELL = Pattern.compile(
            "(dywedwch wrthym|dweud wrthym|eich barn|eich sylwadau|unrhyw sylwadau|beth yw eich barn|eich adborth|"
                    + "lleisiwch eich barn|beth ydych chi'n ei feddwl)");
    private static final Pattern CY_VAGUE = Pattern.compile("(pa fath o|math o|gweledigaeth|dyfodol|yn gyffredinol|unrhyw beth)");
    private static final Pattern CY_OPEN_START = Pattern.compile("^(beth|sut|ym mha ffordd|ym mha ffyrdd|ble|pryd|pa ffyrdd)");
    private static final Pattern CY_TOGETHER = Pattern.compile("(gyda ni|gyda'n gilydd|ochr yn ochr â ni|gyda'r cyngor|ymunwch â ni|ein helpu)");
    private static final Pattern CY_ACTION = Pattern.compile(
            "\\b(gwneud|wneud|gwella|wella|dechrau|ddechrau|helpu|creu|greu|adeiladu|rhedeg|trefnu|newid|cynnal|plannu|glanhau|"
                    + "gofalu|trwsio|cadw|dod â|arwain|rhannu|rhoi|diogelu|agor)\\b");

    private QuestionCoach() {
    }

    public static Advice read(String text, String lang) {
        boolean cy = "cy".equals(lang);
        String q = normalise(text);
        List<Reason> reasons = new ArrayList<>();
        Verdict verdict;
        boolean yesNo = (cy ? CY_YES_NO : EN_YES_NO).matcher(q).find();
        boolean agree = (cy ? CY_AGREE : EN_AGREE).matcher(q).find();
        boolean choice = (cy ? CY_CHOICE : EN_CHOICE).matcher(q).find();
        boolean openStart = (cy ? CY_OPEN_START : EN_OPEN_START).matcher(q).find();
        if (yesNo || agree || choice) {
            verdict = Verdict.CLOSED;
            if (yesNo) {
                reasons.add(Reason.YES_NO);
            }
            if (agree) {
                reasons.add(Reason.AGREE_DISAGREE);
            }
            if (choice) {
                reasons.add(Reason.CHOICE_FRAMED);
            }
        } else {
            boolean justTell = (cy ? CY_JUST_TELL : EN_JUST_TELL).matcher(q).find();
            boolean vague = (cy ? CY_VAGUE : EN_VAGUE).matcher(q).find() || q.split("\\s+").length < 5;
            boolean together = (cy ? CY_TOGETHER : EN_TOGETHER).matcher(q).find();
            boolean action = (cy ? CY_ACTION : EN_ACTION).matcher(q).find();
            if (justTell) {
                reasons.add(Reason.JUST_TELL_US);
            }
            if (vague) {
                reasons.add(Reason.TOO_GENERAL);
            }
            if (!action) {
                reasons.add(Reason.NO_ACTION);
            }
            if (!together) {
                reasons.add(Reason.NOT_TOGETHER);
            }
            if (openStart && together && action && !justTell && !vague) {
                verdict = Verdict.OPEN;
                reasons.clear();
                reasons.add(Reason.INVITES_ACTION);
            } else {
                verdict = Verdict.VAGUE;
            }
        }
        String suggestion = verdict == Verdict.OPEN ? text.strip() : rewrite(q, cy);
        return new Advice(verdict, List.copyOf(reasons), suggestion);
    }

    /** "What would you like to do with us to …?" around the question's own subject, where one can be found. */
    static String rewrite(String q, boolean cy) {
        String topic = topic(q, cy);
        if (cy) {
            if (topic == null) {
                return "Beth hoffech chi ei wneud gyda ni i wella'r ardal?";
            }
            // After "wella" the article is written 'r, joined to the verb: "i wella'r llyfrgell".
            Matcher article = Pattern.compile("^(?:y|yr|'r) (.+)$").matcher(topic);
            return article.matches() ? "Beth hoffech chi ei wneud gyda ni i wella'r " + article.group(1) + "?"
                    : "Beth hoffech chi ei wneud gyda ni i wella " + topic + "?";
        }
        return topic == null ? "What would you like to do with us to improve the area?"
                : "What would you like to do with us to improve " + topic + "?";
    }

    private static final Pattern EN_TOPIC = Pattern.compile(
            "\\b((?:the|your|our|this|local|a|an) [a-z' -]{2,40}?)(?:\\?|$| for | in | on | next | this year| by )");
    private static final Pattern CY_TOPIC = Pattern.compile(
            "((?:y|yr|'r|eich|ein|ardal) [a-zâêîôûŵŷ' -]{2,40}?)(?:\\?|$| ar gyfer | yn | ar | y flwyddyn)");

    private static String topic(String q, boolean cy) {
        Matcher m = (cy ? CY_TOPIC : EN_TOPIC).matcher(q);
        String found = null;
        while (m.find()) {
            found = m.group(1).strip();
        }
        if (found == null) {
            return null;
        }
        // "the future of the town centre" is about the town centre.
        found = found.replaceFirst(cy ? "^(?:y |yr |'r )?(?:dyfodol|weledigaeth ar gyfer|gweledigaeth ar gyfer) "
                : "^(?:the |your |our )?(?:future of|vision for|kind of|sort of|type of) ", "");
        if (cy) {
            return found;
        }
        // "a library" reads oddly after "improve": make it "the library".
        return found.replaceFirst("^(a|an) ", "the ");
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ");
    }
}
