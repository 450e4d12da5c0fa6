package cyd.authority;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cyd.web.Branding;

/** A council that asks questions on Cyd. Differences between councils are held here as data. */
@Entity
@Table(name = "authority")
public class Authority extends PanacheEntityBase implements Branding {

    /** First path segments that belong to Cyd itself, so no council can be given them as its slug. */
    public static final Set<String> RESERVED_SLUGS = Set.of("account", "sign-in", "sign-up", "sign-out",
            "privacy", "accessibility", "cookies", "api", "q", "static", "webjars", "embed", "oembed", "en", "cy",
            "manage", "help", "search", "feeds", "data", "unsubscribe", "password-reset", "developers");

    /**
     * Until a council sets its own: an average hourly pay for Wales from ASHE. Councils should check it
     * against the latest release and change it in their settings.
     */
    public static final int DEFAULT_HOURLY_VALUE_PENCE = 1650;
    public static final String DEFAULT_HOURLY_VALUE_SOURCE = "ONS Annual Survey of Hours and Earnings (ASHE), Wales, "
            + "median gross hourly pay excluding overtime, all employees";
    public static final int DEFAULT_HOURLY_VALUE_YEAR = 2024;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "name_cy")
    public String nameCy;

    /** Bilingual councils publish every prompt in Welsh and English; others in English only. */
    public boolean bilingual;

    /** Header colour, as #rrggbb; white text must read on it. */
    public String colour;

    @Column(name = "created_at")
    public Instant createdAt;

    /** What one hour given is worth here, in pence: time is always shown beside its value. */
    @Column(name = "hourly_value_pence")
    public int hourlyValuePence = DEFAULT_HOURLY_VALUE_PENCE;

    /** Where the hourly value comes from, and its year, shown wherever money is shown. */
    @Column(name = "hourly_value_source")
    public String hourlyValueSource = DEFAULT_HOURLY_VALUE_SOURCE;

    @Column(name = "hourly_value_year")
    public int hourlyValueYear = DEFAULT_HOURLY_VALUE_YEAR;

    public static Optional<Authority> bySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public static List<Authority> allByName() {
        return list("order by nameEn");
    }

    @Override
    public String getSlug() {
        return slug;
    }

    @Override
    public String name(String lang) {
        return "cy".equals(lang) && nameCy != null && !nameCy.isBlank() ? nameCy : nameEn;
    }

    /** A path within this council's pages: link("cy", "/prompts/", 3) is "/cy/{slug}/prompts/3". */
    public String link(String lang, Object... parts) {
        StringBuilder b = new StringBuilder("/").append(lang).append('/').append(slug);
        for (Object part : parts) {
            b.append(part);
        }
        return b.toString();
    }

    /** Whether the hourly value is still Cyd's default, whose source is then told in the page's language. */
    public boolean isDefaultHourlySource() {
        return DEFAULT_HOURLY_VALUE_SOURCE.equals(hourlyValueSource);
    }

    /** The language to link this council's pages in: the reader's, unless the council is English-only. */
    public String homeLang(String lang) {
        return offers(lang) ? lang : "en";
    }

    @Override
    public boolean offers(String lang) {
        return "en".equals(lang) || bilingual;
    }
}
