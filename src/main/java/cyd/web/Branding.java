package cyd.web;

/** What the page layout shows of a council: its name in the page's language, and its colour. */
public interface Branding {

    String getSlug();

    String name(String lang);

    /** Whether the council publishes in this language (English-only councils have no Welsh pages). */
    boolean offers(String lang);
}
