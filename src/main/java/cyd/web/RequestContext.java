package cyd.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.ws.rs.core.NewCookie;

/**
 * What every page needs to know about the request in hand: its language, who is signed in (by id),
 * the CSRF token its forms carry, and the council whose pages these are. Templates read it as
 * {@code inject:ctx}.
 */
@Named("ctx")
@RequestScoped
public class RequestContext {

    // Read and written through methods only: this bean is reached through a CDI proxy, whose own fields
    // are not the request's.
    private String lang = Lang.EN;
    private boolean langFromPath;
    private String path = "/";
    private String query;
    private Long personId;
    private String csrfToken;
    private boolean secure;
    private final List<NewCookie> cookiesToSet = new ArrayList<>();

    /** The council whose pages these are, when there is one: its name and colour head the page. */
    private Branding authority;
    private boolean offersWelsh = true;
    private boolean canManage;

    void begin(String path, String query, boolean secure) {
        this.path = path;
        this.query = query;
        this.secure = secure;
    }

    void setLang(String lang, boolean fromPath) {
        this.lang = lang;
        this.langFromPath = fromPath;
    }

    void setPersonId(Long personId, int sessionEpoch, String sessionKey, java.time.Instant sessionExpires) {
        this.personId = personId;
        this.sessionEpoch = sessionEpoch;
        this.sessionKey = sessionKey;
        this.sessionExpires = sessionExpires;
    }

    private int sessionEpoch;
    private String sessionKey;
    private java.time.Instant sessionExpires;

    /** Names this one sign-in (a hash of its cookie's signature), so signing out can end it on the server. */
    public String getSessionKey() {
        return sessionKey;
    }

    /** When this sign-in's cookie runs out anyway. */
    public java.time.Instant getSessionExpires() {
        return sessionExpires;
    }

    /** The sign-in epoch the cookie was made in; a sign-in from an older epoch no longer counts. */
    public int getSessionEpoch() {
        return sessionEpoch;
    }

    private String cacheKey;
    private boolean fromCache;

    /** This request asks for a page the page cache may answer, under this key; null when it may not. */
    String getCacheKey() {
        return cacheKey;
    }

    void setCacheKey(String key, boolean answered) {
        this.cacheKey = key;
        this.fromCache = answered;
    }

    private boolean sameForEverySignedInPerson;

    /**
     * Says that this page, apart from the parts it marks as a person's own ({@link PageCache.Part}), is the same for
     * everyone signed in with the same roles: the page cache may keep it for them too.
     */
    public void sameForEverySignedInPerson() {
        this.sameForEverySignedInPerson = true;
    }

    boolean isSameForEverySignedInPerson() {
        return sameForEverySignedInPerson;
    }

    boolean isFromCache() {
        return fromCache;
    }

    void setCsrfToken(String token) {
        this.csrfToken = token;
    }

    boolean isLangFromPath() {
        return langFromPath;
    }

    List<NewCookie> cookiesToSet() {
        return cookiesToSet;
    }

    public String getLang() {
        return lang;
    }

    /** A bundle of words in a language: Welsh from its localized files, English otherwise. */
    public static <B> B words(Class<B> bundle, String lang) {
        return Lang.CY.equals(lang)
                ? io.quarkus.qute.i18n.MessageBundles.get(bundle, io.quarkus.qute.i18n.Localized.Literal.of(Lang.CY))
                : io.quarkus.qute.i18n.MessageBundles.get(bundle);
    }

    public Msg msg() {
        return msg(lang);
    }

    /** The words of Cyd's pages in a language, where there is no request to ask (emails). */
    public static Msg msg(String lang) {
        return words(Msg.class, lang);
    }

    /** A feature's words in this request's language: {@code ctx.words(IdeaMsg.class)}. */
    public <B> B words(Class<B> bundle) {
        return words(bundle, lang);
    }

    public Locale locale() {
        return Lang.locale(lang);
    }

    public boolean isWelsh() {
        return Lang.CY.equals(lang);
    }

    public String getPath() {
        return path;
    }

    /** The query as it was sent, or null. */
    public String getQuery() {
        return query;
    }

    /** The path with its query, for "come back here after signing in". */
    public String getHere() {
        return query == null || query.isEmpty() ? path : path + "?" + query;
    }

    /** The link to this same page in the other language, or null when the page has no counterpart. */
    public String getCounterpart() {
        return offersWelsh ? Lang.counterpart(path, query) : null;
    }

    /**
     * The page answering a form is shown as the page at this address (its counterpart, "come back here"):
     * for a POST whose own address has no page.
     */
    public void showAs(String pagePath) {
        this.path = pagePath;
        this.query = null;
    }

    public String getOtherLang() {
        return Lang.other(lang);
    }

    public Long getPersonId() {
        return personId;
    }

    public boolean isSignedIn() {
        return personId != null;
    }

    public String getCsrfToken() {
        return csrfToken;
    }

    public boolean isSecure() {
        return secure;
    }

    public Branding getAuthority() {
        return authority;
    }

    /** Marks the pages as a council's; an English-only council has no Welsh counterpart pages. */
    public void setAuthority(Branding authority, boolean canManage) {
        this.authority = authority;
        this.offersWelsh = authority.offers(Lang.CY);
        this.canManage = canManage;
    }

    /** The home page of this page's council, in this page's language. */
    public String getCouncilLink() {
        return authority == null ? link("/") : link("/" + authority.getSlug());
    }

    public String getManageLink() {
        return getCouncilLink() + "/manage";
    }

    /** Whether the signed-in person is an officer of this page's council (shows the Manage link). */
    public boolean isCanManage() {
        return canManage;
    }

    /** Sign in, then come back to this page. */
    public String getSignInLink() {
        return link("/sign-in") + "?next=" + java.net.URLEncoder.encode(getHere(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Prefixes a path within Cyd with the page's language: "/prompts/3" becomes "/cy/prompts/3". */
    public String link(String rest) {
        return "/" + lang + (rest.startsWith("/") ? rest : "/" + rest);
    }

    public void addCookie(NewCookie cookie) {
        cookiesToSet.add(cookie);
    }
}
