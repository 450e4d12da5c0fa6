package cyd.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person typed, made safe for MySQL FULLTEXT boolean mode: words of letters and digits only (no
 * operators pass through), at least the index's 3 characters, at most 10 of them.
 */
public record SearchTerms(List<String> words) {

    public static final int QUERY_MAX = 200;
    public static final int WORDS_MAX = 10;
    public static final int WORD_MIN = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** InnoDB's default stopwords of three letters or more: never indexed, so never required. */
    private static final Set<String> STOPWORDS = Set.of("about", "are", "com", "for", "from", "how", "that", "the",
            "this", "was", "what", "when", "where", "who", "will", "with", "und", "www");

    public static SearchTerms of(String typed) {
        String q = typed == null ? "" : typed.strip();
        if (q.length() > QUERY_MAX) {
            q = q.substring(0, QUERY_MAX);
        }
        Set<String> words = new LinkedHashSet<>();
        Matcher m = WORD.matcher(q.toLowerCase(Locale.ROOT));
        while (m.find() && words.size() < WORDS_MAX) {
            if (m.group().codePointCount(0, m.group().length()) >= WORD_MIN && !STOPWORDS.contains(m.group())) {
                words.add(m.group());
            }
        }
        return new SearchTerms(List.copyOf(words));
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** Every word required, each also as the start of a longer word: "+tree* +plant*". */
    public String allWords() {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            b.append(b.isEmpty() ? "" : " ").append('+').append(w).append('*');
        }
        return b.toString();
    }

    /** Any of the words, the more the better: for "is your idea already here?". */
    public String anyWord() {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            b.append(b.isEmpty() ? "" : " ").append(w).append('*');
        }
        return b.toString();
    }

    /** A text cut into plain and matched parts, so a page can mark the matches without trusting any HTML. */
    public record Part(String text, boolean mark) {
    }

    public List<Part> highlight(String text) {
        List<Part> parts = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return parts;
        }
        if (words.isEmpty()) {
            parts.add(new Part(text, false));
            return parts;
        }
        StringBuilder alternatives = new StringBuilder();
        for (String w : words) {
            alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(w));
        }
        Matcher m = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:" + alternatives + ")[\\p{L}\\p{N}]*").matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                parts.add(new Part(text.substring(at, m.start()), false));
            }
            parts.add(new Part(m.group(), true));
            at = m.end();
        }
        if (at < text.length()) {
            parts.add(new Part(text.substring(at), false));
        }
        return parts;
    }

    /** About {@code length} characters of the text around its first match, on word boundaries. */
    public String excerpt(String text, int length) {
        if (text == null || text.length() <= length) {
            return text;
        }
        int first = 0;
        String lower = text.toLowerCase(Locale.ROOT);
        for (String w : words) {
            int i = lower.indexOf(w);
            if (i >= 0 && (first == 0 || i < first)) {
                first = i;
            }
        }
        int start = Math.max(0, first - length / 3);
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int end = Math.min(text.length(), start + length);
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return (start > 0 ? "… " : "") + text.substring(start, end).strip() + (end < text.length() ? " …" : "");
    }
}
