package cyd.idea;

/**
 * Where the next page of a question's ideas starts: the last idea shown (and, most backed first, its backing count),
 * written into the page's "next" link and read back from it. Anything else given as a cursor is refused.
 */
public record IdeaCursor(int backingCount, long id) {

    /** The cursor that continues after this idea in this order. */
    public static String after(IdeaSort sort, Idea last) {
        return sort == IdeaSort.NEW ? Long.toString(last.id) : last.backingCount + "-" + last.id;
    }

    /**
     * The cursor as written, or null when there is none.
     *
     * @throws IllegalArgumentException when the text is not a cursor this order writes
     */
    public static IdeaCursor parse(IdeaSort sort, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (sort == IdeaSort.NEW) {
            return new IdeaCursor(0, number(text, Long.MAX_VALUE));
        }
        String[] parts = text.split("-", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("bad cursor");
        }
        return new IdeaCursor((int) number(parts[0], Integer.MAX_VALUE), number(parts[1], Long.MAX_VALUE));
    }

    private static long number(String s, long max) {
        if (s.isEmpty() || s.length() > 19 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("bad cursor");
        }
        try {
            long v = Long.parseLong(s);
            if (v > max) {
                throw new IllegalArgumentException("bad cursor");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad cursor", e);
        }
    }
}
