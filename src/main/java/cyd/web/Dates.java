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
            // Beyond 2200 is a typing slip, and near 9999 the end of a day no longer fits a database date.
            if (y < 1000 || y > 2200) {
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

    /**
     * Native queries read DATETIME columns as text in this form (Instants are stored as UTC wall-clock
     * DATETIMEs), so no driver time zone comes between: SELECT DATE_FORMAT(col, Dates.SQL_UTC) ...
     */
    public static final String SQL_UTC = "'%Y-%m-%dT%H:%i:%s'";

    /** A DATETIME read as text with {@link #SQL_UTC}, as the instant it stores. */
    public static java.time.Instant fromUtcText(Object text) {
        return java.time.LocalDateTime.parse(text.toString()).toInstant(java.time.ZoneOffset.UTC);
    }
}
