package cyd.web;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Dates as people type them in the GOV.UK date pattern: day, month and year in three boxes. */
public final class Dates {

    private Dates() {
    }

    /** The date typed, or null if it is not a real date with a four-figure year. */
    public static LocalDate parse(String day, String month, String year) {
        try {
            int y = Integer.parseInt(clean(year));
            if (y < 1000 || y > 9999) {
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(clean(month)), Integer.parseInt(clean(day)));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    public static boolean anyTyped(String day, String month, String year) {
        return !(clean(day).isEmpty() && clean(month).isEmpty() && clean(year).isEmpty());
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
