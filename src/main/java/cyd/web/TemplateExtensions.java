package cyd.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.TemplateExtension;

/** Small helpers for templates: dates in the page's language and London time, and URL encoding. */
@TemplateExtension
public class TemplateExtensions {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** What is wrong with a field of a form, in the page's language: {@code errors.get('title')}. */
    public static String get(FormErrors errors, String field, @TemplateAttribute("locale") Object locale,
            @TemplateAttribute("selectedVariant") Object variant) {
        Word w = errors.word(field);
        return w == null ? null : w.in(locale, variant);
    }

    /** One line of the error summary in the page's language. */
    public static String message(FormErrors.FieldError error, @TemplateAttribute("locale") Object locale,
            @TemplateAttribute("selectedVariant") Object variant) {
        return error.word().in(locale, variant);
    }

    public static String urlEncode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** "25 November 2026" / "25 Tachwedd 2026". */
    public static String longDate(Instant instant, String lang) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Lang.locale(lang)).withZone(LONDON).format(instant);
    }

    /** "25 November 2026, 14:05" in London time, for logs. */
    public static String dateTime(Instant instant, String lang) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Lang.locale(lang)).withZone(LONDON).format(instant);
    }

    /** "Saturday 5 December 2026" / "Dydd Sadwrn 5 Rhagfyr 2026". */
    public static String dayAndDate(java.time.LocalDate date, String lang) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Lang.locale(lang)).format(date);
    }

    /** "2026-11" as "November 2026" / "Tachwedd 2026". */
    public static String monthName(String yearMonth, String lang) {
        return DateTimeFormatter.ofPattern("MMMM yyyy", Lang.locale(lang)).format(java.time.YearMonth.parse(yearMonth));
    }

    /** The day before a moment: a prompt closing at midnight closes "on" the previous day. */
    public static String lastDay(Instant closesAt, String lang) {
        return longDate(closesAt.minusSeconds(1), lang);
    }

    /** The first words of a long text, cut at a word boundary, for lists. */
    public static String summary(String text) {
        if (text == null || text.length() <= 240) {
            return text;
        }
        int cut = text.lastIndexOf(' ', 240);
        return text.substring(0, cut > 120 ? cut : 240).strip() + "…";
    }

    /** Minutes as hours: {minutes.asHours} gives "2.25". */
    public static String asHours(long minutes) {
        return Money.hours(minutes);
    }

    /** Pence as pounds: {pence.asPounds} gives "£1,234.50". */
    public static String asPounds(long pence) {
        return Money.pounds(pence);
    }

    public static String longDate(java.time.LocalDate date, String lang) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Lang.locale(lang)).format(date);
    }

    public static String isoDate(Instant instant) {
        return DateTimeFormatter.ISO_LOCAL_DATE.withZone(LONDON).format(instant);
    }
}
