package cyd.initiative;

import org.jboss.resteasy.reactive.RestForm;
import cyd.web.Dates;

/** One thing an initiative needs. */
public class NeedForm {

    @RestForm
    public String kind;

    @RestForm
    public String needDescription;

    @RestForm
    public String quantity;

    @RestForm
    public String whenText;

    @RestForm
    public String whereText;

    @RestForm
    public String onDay;

    @RestForm
    public String onMonth;

    @RestForm
    public String onYear;

    /** "10:00" or "10am": when on that day it starts and ends (both optional). */
    @RestForm
    public String startsAt;

    @RestForm
    public String endsAt;

    boolean hasDate() {
        return Dates.anyTyped(onDay, onMonth, onYear);
    }

    java.time.LocalDate date() {
        return Dates.parse(onDay, onMonth, onYear);
    }

    /** A time of day as people type it: 10:00, 10.30, 9am, 2:15pm, 14:00; null if blank; throws if not a time. */
    static java.time.LocalTime time(String typed) {
        String t = typed == null ? "" : typed.strip().toLowerCase(java.util.Locale.ROOT).replace('.', ':').replace(" ", "");
        if (t.isEmpty()) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d{1,2})(?::(\\d{2}))?(am|pm|yb|yh)?$").matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException(typed);
        }
        int h = Integer.parseInt(m.group(1));
        int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String half = m.group(3);
        if (half != null) {
            if (h < 1 || h > 12) {
                throw new IllegalArgumentException(typed);
            }
            boolean pm = half.equals("pm") || half.equals("yh");
            h = h % 12 + (pm ? 12 : 0);
        } else if (m.group(2) == null) {
            throw new IllegalArgumentException(typed);
        }
        if (h > 23 || min > 59) {
            throw new IllegalArgumentException(typed);
        }
        return java.time.LocalTime.of(h, min);
    }
}
