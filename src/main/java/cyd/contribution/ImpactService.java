package cyd.contribution;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cyd.web.TemplateExtensions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/** Totals of what people have given, for an initiative, an area or a whole council. Confirmed only. */
@ApplicationScoped
public class ImpactService {

    public static final int MONTHS = 12;

    /** People involved, confirmed minutes, and the number of initiatives counted. */
    public record Totals(long people, long minutes, long initiatives) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Totals over a council's public initiatives, or those of one area, or one initiative. */
    public Totals totals(Long authorityId, Long areaId, Long initiativeId) {
        String scope = scope(areaId, initiativeId);
        Object[] row = (Object[]) bind(em.createNativeQuery("SELECT COALESCE(SUM(i.confirmed_minutes), 0), COUNT(*) "
                + "FROM initiative i WHERE i.authority_id = :authority AND i.approval = 'APPROVED'" + scope), authorityId, areaId,
                initiativeId).getSingleResult();
        long people = ((Number) bind(em.createNativeQuery("SELECT COUNT(DISTINCT x.p) FROM ("
                + "SELECT o.person_id AS p FROM offer o JOIN initiative i ON i.id = o.initiative_id "
                + "WHERE i.authority_id = :authority AND i.approval = 'APPROVED' AND o.status = 'ACTIVE'" + scope
                + " UNION SELECT c.person_id AS p FROM contribution c JOIN initiative i ON i.id = c.initiative_id "
                + "WHERE i.authority_id = :authority AND i.approval = 'APPROVED' AND c.status = 'CONFIRMED' "
                + "AND c.person_id IS NOT NULL" + scope + ") x"), authorityId, areaId, initiativeId).getSingleResult())
                .longValue();
        return new Totals(people, ((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** Confirmed minutes per month over the last twelve months. */
    public Map<YearMonth, Long> monthly(Long authorityId, Long areaId, Long initiativeId) {
        LocalDate from = thisMonth().minusMonths(MONTHS - 1).atDay(1);
        Query q = em.createNativeQuery("SELECT YEAR(c.given_on), MONTH(c.given_on), SUM(c.minutes) "
                + "FROM contribution c JOIN initiative i ON i.id = c.initiative_id "
                + "WHERE i.authority_id = :authority AND c.status = 'CONFIRMED' AND c.minutes IS NOT NULL AND c.given_on >= :from"
                + scope(areaId, initiativeId) + " GROUP BY YEAR(c.given_on), MONTH(c.given_on)");
        bind(q, authorityId, areaId, initiativeId).setParameter("from", Date.valueOf(from));
        Map<YearMonth, Long> out = new HashMap<>();
        for (Object o : q.getResultList()) {
            Object[] r = (Object[]) o;
            out.put(YearMonth.of(((Number) r[0]).intValue(), ((Number) r[1]).intValue()), ((Number) r[2]).longValue());
        }
        return out;
    }

    public YearMonth thisMonth() {
        return YearMonth.now(clock.withZone(TemplateExtensions.LONDON));
    }

    private static String scope(Long areaId, Long initiativeId) {
        return (areaId == null ? "" : " AND i.area_id = :area") + (initiativeId == null ? "" : " AND i.id = :initiative");
    }

    private static Query bind(Query q, Long authorityId, Long areaId, Long initiativeId) {
        q.setParameter("authority", authorityId);
        if (areaId != null) {
            q.setParameter("area", areaId);
        }
        if (initiativeId != null) {
            q.setParameter("initiative", initiativeId);
        }
        return q;
    }

}
