package cyd.opendata;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writes an Atom 1.0 feed (RFC 4287): text only, every value escaped. */
final class Atom {

    /**
     * One entry: what happened (said in the feed's language), the name of what it happened to (in the language it was
     * written in), where it is, when, and a summary in the language it was written in.
     */
    record Entry(String id, String what, String name, String nameLang, String link, Instant updated, String summary,
            String summaryLang, String category) {
    }

    private Atom() {
    }

    static String feed(String lang, String title, String self, String alternate, String author, List<Entry> entries,
            Instant fallbackUpdated) {
        Instant updated = entries.isEmpty() ? fallbackUpdated : entries.get(0).updated();
        StringBuilder b = new StringBuilder(4096);
        b.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(lang).append("\">\n")
                .append("  <title>").append(esc(title)).append("</title>\n")
                .append("  <id>").append(esc(self)).append("</id>\n")
                .append("  <updated>").append(time(updated)).append("</updated>\n")
                .append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(esc(self)).append("\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(esc(alternate)).append("\"/>\n")
                .append("  <author><name>").append(esc(author)).append("</name></author>\n")
                .append("  <generator>Cyd</generator>\n");
        for (Entry e : entries) {
            b.append("  <entry>\n")
                    .append(title(e, lang))
                    .append("    <id>").append(esc(e.id())).append("</id>\n")
                    .append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(esc(e.link())).append("\"/>\n")
                    .append("    <updated>").append(time(e.updated())).append("</updated>\n")
                    .append("    <category term=\"").append(esc(e.category())).append("\"/>\n");
            if (e.summary() != null && !e.summary().isBlank()) {
                b.append("    <summary type=\"text\" xml:lang=\"").append(esc(e.summaryLang())).append("\">")
                        .append(esc(e.summary())).append("</summary>\n");
            }
            b.append("  </entry>\n");
        }
        return b.append("</feed>\n").toString();
    }

    /**
     * The entry's title. A name written in another language than the feed's is marked as such (RFC 4287 3.1.1.3, an
     * XHTML title), so that a reader speaks "New idea:" in the feed's language and the idea's name in its own.
     */
    static String title(Entry e, String feedLang) {
        if (e.nameLang() == null || e.nameLang().equals(feedLang)) {
            return "    <title>" + esc(e.what() + " " + e.name()) + "</title>\n";
        }
        return "    <title type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">" + esc(e.what()) + " <span xml:lang=\""
                + esc(e.nameLang()) + "\" lang=\"" + esc(e.nameLang()) + "\">" + esc(e.name()) + "</span></div></title>\n";
    }

    static String time(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    /** XML text and attribute escaping; characters XML 1.0 cannot carry are dropped. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                            || c >= 0x10000) {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }
}
