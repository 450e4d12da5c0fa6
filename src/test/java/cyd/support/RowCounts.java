package cyd.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cyd.account.Person;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** How many rows each table of what people give holds now: a refused request, or a GET, must not change them. */
public final class RowCounts {

    /** The tables of people's things (the throttle, mail queue and ended sessions move by design). */
    public static final List<String> TABLES = List.of("account_block", "area", "audit_log", "authority", "backing",
            "content_report", "contribution", "email_token", "embed_site", "idea", "idea_comment", "initiative",
            "initiative_need", "initiative_partner", "initiative_update", "moderation_decision", "offer", "offer_need",
            "officer_role", "organisation", "organisation_area", "organisation_invite", "organisation_rep", "person",
            "prompt", "prompt_follow");

    private RowCounts() {
    }

    public static Map<String, Long> now() {
        return QuarkusTransaction.requiringNew().call(() -> {
            StringBuilder sql = new StringBuilder();
            for (String t : TABLES) {
                sql.append(sql.length() == 0 ? "" : " UNION ALL ").append("SELECT '").append(t)
                        .append("', COUNT(*) FROM ").append(t);
            }
            Map<String, Long> out = new LinkedHashMap<>();
            for (Object row : Person.getEntityManager().createNativeQuery(sql.toString()).getResultList()) {
                Object[] cells = (Object[]) row;
                out.put((String) cells[0], ((Number) cells[1]).longValue());
            }
            return out;
        });
    }

    /** What changed between two counts, in words, or an empty string. */
    public static String changes(Map<String, Long> before, Map<String, Long> after) {
        StringBuilder s = new StringBuilder();
        for (String t : TABLES) {
            if (!before.get(t).equals(after.get(t))) {
                s.append(s.length() == 0 ? "" : ", ").append(t).append(" went from ").append(before.get(t))
                        .append(" to ").append(after.get(t));
            }
        }
        return s.toString();
    }
}
