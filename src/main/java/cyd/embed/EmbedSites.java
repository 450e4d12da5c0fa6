package cyd.embed;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import cyd.account.Viewer;
import cyd.audit.Audit;
import cyd.web.FormErrors;
import cyd.web.Outcome;
import cyd.web.RetryOnConflict;
import cyd.web.Word;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The websites each council allows to embed its questions, kept as origins (scheme, host, port). */
@ApplicationScoped
@RetryOnConflict
public class EmbedSites {

    public static final int MAX_SITES = 20;

    @Inject
    EntityManager em;

    @Inject
    Audit audit;

    @SuppressWarnings("unchecked")
    public List<String> of(Long authorityId) {
        return em.createNativeQuery("SELECT origin FROM embed_site WHERE authority_id = :a ORDER BY origin")
                .setParameter("a", authorityId).getResultList();
    }

    /** Replaces the list with the origins typed one per line; every line must be an https origin. */
    @Transactional
    public Outcome<List<String>> save(Long authorityId, Viewer officer, String typed) {
        if (!officer.isOfficerOf(authorityId)) {
            return Outcome.refused();
        }
        Set<String> origins = new LinkedHashSet<>();
        List<String> wrong = new ArrayList<>();
        for (String line : (typed == null ? "" : typed).split("\\R")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            String origin = origin(l);
            if (origin == null) {
                wrong.add(l);
            } else {
                origins.add(origin);
            }
        }
        if (!wrong.isEmpty()) {
            return Outcome.invalid(new FormErrors().add("sites", Word.of(EmbedMsg::embedSiteInvalid).then(String.join(", ", wrong))));
        }
        if (origins.size() > MAX_SITES) {
            return Outcome.invalid(new FormErrors().add("sites", EmbedMsg::embedSitesTooMany));
        }
        em.createNativeQuery("DELETE FROM embed_site WHERE authority_id = :a").setParameter("a", authorityId)
                .executeUpdate();
        for (String o : origins) {
            em.createNativeQuery("INSERT INTO embed_site (authority_id, origin) VALUES (:a, :o)")
                    .setParameter("a", authorityId).setParameter("o", o).executeUpdate();
        }
        audit.record(authorityId, officer.personId(), "embed.sites", "authority", authorityId, String.join(" ", origins));
        return Outcome.done(List.copyOf(origins));
    }

    /**
     * The origin of an address typed by an officer ("https://www.example.gov.uk/anything" gives
     * "https://www.example.gov.uk"), or null if it is not an https address of a named host. Anything that
     * could break out of a Content-Security-Policy header (spaces, semicolons, quotes, wildcards) is refused.
     */
    static String origin(String typed) {
        if (typed.length() > 200 || !typed.matches("[A-Za-z0-9:/._%~?#=&+-]+")) {
            return null;
        }
        try {
            URI u = new URI(typed);
            String host = u.getHost();
            if (!"https".equalsIgnoreCase(u.getScheme()) || host == null || !host.contains(".")
                    || u.getUserInfo() != null) {
                return null;
            }
            return "https://" + host.toLowerCase(Locale.ROOT) + (u.getPort() == -1 ? "" : ":" + u.getPort());
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
