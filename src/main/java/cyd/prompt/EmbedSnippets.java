package cyd.prompt;

import cyd.authority.Authority;
import cyd.web.Site;

/**
 * The snippets an officer pastes into their council's site to show a question there: the loader with its
 * placeholder, and a plain iframe; oEmbed answers with the same.
 */
public record EmbedSnippets(String embedUrl, String path, String pageUrl, String loader, String iframe, String oembedUrl) {

    public static EmbedSnippets of(Site site, Authority a, Prompt p, String lang, String title) {
        String path = "/embed/" + lang + "/" + a.slug + "/prompts/" + p.id;
        String url = site.url(path);
        String safeTitle = title.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        String loader = "<div data-cyd-embed=\"" + url + "\" data-cyd-title=\"" + safeTitle + "\"></div>\n"
                + "<script src=\"" + site.url("/embed.js") + "\" async></script>";
        String iframe = "<iframe src=\"" + url + "\" title=\"" + safeTitle + "\" width=\"100%\" height=\"600\" "
                + "style=\"border:0\" loading=\"lazy\"></iframe>";
        return new EmbedSnippets(url, path, site.url(a.link(lang, "/prompts/", p.id)), loader, iframe, site.url("/oembed"));
    }
}
