package cyd.opendata;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writes an iCalendar (RFC 5545) of events in UTC, so no time-zone definitions are needed; lines folded at 75 octets. */
final class ICalendar {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    /** An event on a London day, all day or from a start to an (optional) end time. */
    record Event(String uid, LocalDate day, LocalTime starts, LocalTime ends, String summary, String location,
            String description, String url) {
    }

    private ICalendar() {
    }

    static String write(String name, List<Event> events, Instant now) {
        StringBuilder b = new StringBuilder();
        line(b, "BEGIN:VCALENDAR");
        line(b, "VERSION:2.0");
        line(b, "PRODID:-//Cyd//Cyd//EN");
        line(b, "CALSCALE:GREGORIAN");
        line(b, "METHOD:PUBLISH");
        line(b, "X-WR-CALNAME:" + text(name));
        for (Event e : events) {
            line(b, "BEGIN:VEVENT");
            line(b, "UID:" + e.uid());
            line(b, "DTSTAMP:" + UTC.format(now));
            if (e.starts() == null) {
                line(b, "DTSTART;VALUE=DATE:" + DAY.format(e.day()));
                line(b, "DTEND;VALUE=DATE:" + DAY.format(e.day().plusDays(1)));
            } else {
                line(b, "DTSTART:" + UTC.format(e.day().atTime(e.starts()).atZone(LONDON)));
                if (e.ends() != null) {
                    line(b, "DTEND:" + UTC.format(e.day().atTime(e.ends()).atZone(LONDON)));
                }
            }
            line(b, "SUMMARY:" + text(e.summary()));
            if (e.location() != null && !e.location().isBlank()) {
                line(b, "LOCATION:" + text(e.location()));
            }
            if (e.description() != null && !e.description().isBlank()) {
                line(b, "DESCRIPTION:" + text(e.description()));
            }
            line(b, "URL:" + e.url());
            line(b, "END:VEVENT");
        }
        line(b, "END:VCALENDAR");
        return b.toString();
    }

    /** TEXT values escape backslash, semicolon, comma and newlines. */
    static String text(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n");
    }

    /** A content line, folded so no line is longer than 75 octets (never inside a UTF-8 character). */
    private static void line(StringBuilder b, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length();) {
            int cp = content.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + len > limit) {
                b.append("\r\n ");
                octets = 1;
            }
            b.appendCodePoint(cp);
            octets += len;
            i += Character.charCount(cp);
        }
        b.append("\r\n");
    }
}
