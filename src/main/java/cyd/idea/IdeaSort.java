package cyd.idea;

/** The orders a prompt's ideas can be listed in. */
public enum IdeaSort {
    TOP, NEW;

    public static IdeaSort parse(String s) {
        return "new".equalsIgnoreCase(s) ? NEW : TOP;
    }

    public static boolean isValid(String s) {
        return s == null || s.isEmpty() || "new".equalsIgnoreCase(s) || "top".equalsIgnoreCase(s);
    }

    public String param() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
