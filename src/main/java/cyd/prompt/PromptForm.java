package cyd.prompt;

import java.time.LocalDate;

import org.jboss.resteasy.reactive.RestForm;

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

    public static PromptForm of(Prompt p) {
        PromptForm f = new PromptForm();
        f.titleEn = p.titleEn;
        f.titleCy = p.titleCy;
        f.bodyEn = p.bodyEn;
        f.bodyCy = p.bodyCy;
        f.areaId = p.areaId == null ? "" : p.areaId.toString();
        if (p.closesAt != null) {
            LocalDate last = p.closesAt.minusSeconds(1).atZone(PromptService.LONDON).toLocalDate();
            f.closesDay = Integer.toString(last.getDayOfMonth());
            f.closesMonth = Integer.toString(last.getMonthValue());
            f.closesYear = Integer.toString(last.getYear());
        }
        return f;
    }

    static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    boolean hasClosingDate() {
        return cyd.web.Dates.anyTyped(closesDay, closesMonth, closesYear);
    }

    /** The closing date typed, or null if it is not a real date. */
    LocalDate closingDate() {
        return cyd.web.Dates.parse(closesDay, closesMonth, closesYear);
    }

    Long area() {
        try {
            return clean(areaId).isEmpty() ? null : Long.valueOf(clean(areaId));
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
