package cyd.prompt;

import java.time.LocalDate;

import org.jboss.resteasy.reactive.RestForm;
import cyd.web.Dates;
import cyd.web.Text;

/** The question an officer writes, in one or both languages, with its area and closing date. */
public class PromptForm {

    @RestForm
    public String titleEn;

    @RestForm
    public String titleCy;

    @RestForm
    public String bodyEn;

    @RestForm
    public String bodyCy;

    @RestForm
    public String areaId;

    @RestForm
    public String closesDay;

    @RestForm
    public String closesMonth;

    @RestForm
    public String closesYear;

    @RestForm
    public String opensDay;

    @RestForm
    public String opensMonth;

    @RestForm
    public String opensYear;

    /** PRE or POST. */
    @RestForm
    public String moderation = "POST";

    @RestForm
    public String promiseBackers;

    @RestForm
    public String promiseDays;

    public static PromptForm of(Prompt p) {
        PromptForm f = new PromptForm();
        f.titleEn = p.titleEn;
        f.titleCy = p.titleCy;
        f.bodyEn = p.bodyEn;
        f.bodyCy = p.bodyCy;
        f.areaId = p.areaId == null ? "" : p.areaId.toString();
        if (p.opensAt != null) {
            LocalDate first = p.opensAt.atZone(PromptService.LONDON).toLocalDate();
            f.opensDay = Integer.toString(first.getDayOfMonth());
            f.opensMonth = Integer.toString(first.getMonthValue());
            f.opensYear = Integer.toString(first.getYear());
        }
        f.moderation = p.moderation == null ? "POST" : p.moderation.name();
        f.promiseBackers = p.promiseBackers == null ? "" : p.promiseBackers.toString();
        f.promiseDays = p.promiseDays == null ? "" : p.promiseDays.toString();
        if (p.closesAt != null) {
            LocalDate last = p.closesAt.minusSeconds(1).atZone(PromptService.LONDON).toLocalDate();
            f.closesDay = Integer.toString(last.getDayOfMonth());
            f.closesMonth = Integer.toString(last.getMonthValue());
            f.closesYear = Integer.toString(last.getYear());
        }
        return f;
    }

    static String clean(String s) {
        return Text.clean(s);
    }

    boolean hasClosingDate() {
        return Dates.anyTyped(closesDay, closesMonth, closesYear);
    }

    /** The closing date typed, or null if it is not a real date. */
    LocalDate closingDate() {
        return Dates.parse(closesDay, closesMonth, closesYear);
    }

    boolean hasOpeningDate() {
        return Dates.anyTyped(opensDay, opensMonth, opensYear);
    }

    LocalDate openingDate() {
        return Dates.parse(opensDay, opensMonth, opensYear);
    }

    /** Post-moderation unless asked otherwise; null for a value no form offers. */
    Moderation moderation() {
        if (clean(moderation).isEmpty()) {
            return Moderation.POST;
        }
        try {
            return Moderation.valueOf(clean(moderation));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Either half of the promise typed: both are then needed. */
    boolean promiseStarted() {
        return !clean(promiseBackers).isEmpty() || !clean(promiseDays).isEmpty();
    }

    boolean hasPromise() {
        return promiseBackersValue() != null && promiseDaysValue() != null;
    }

    Integer promiseBackersValue() {
        return whole(promiseBackers);
    }

    Integer promiseDaysValue() {
        return whole(promiseDays);
    }

    private static Integer whole(String s) {
        String v = clean(s);
        if (v.isEmpty() || v.length() > 7 || !v.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.valueOf(v);
    }

    Long area() {
        try {
            return clean(areaId).isEmpty() ? null : Long.valueOf(clean(areaId));
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
