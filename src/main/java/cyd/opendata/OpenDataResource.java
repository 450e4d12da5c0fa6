package cyd.opendata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cyd.account.CouncilPages;
import cyd.authority.Area;
import cyd.authority.Authority;
import cyd.idea.Idea;
import cyd.initiative.Approval;
import cyd.initiative.Initiative;
import cyd.prompt.Prompt;
import cyd.web.Money;
import cyd.web.RequestContext;
import cyd.web.Site;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Open data: each council's questions, ideas (with counts and answers), initiatives and contribution totals as
 * CSV and JSON, with every field documented on the council's open data page. No personal data: no names, no
 * email addresses, nothing hidden or unpublished.
 */
@Path("/")
public class OpenDataResource {

    public static final String LICENCE = "Open Government Licence v3.0";
    public static final String LICENCE_URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";
    static final int ROWS_MAX = 100_000;

    /** A dataset: its fields, in order, and how to read a row. */
    public record Dataset(String name, List<String> fields) {
    }

    public static final List<Dataset> DATASETS = List.of(
            new Dataset("prompts", List.of("id", "title_en", "title_cy", "status", "area", "published_at", "closes_at",
                    "closed_at", "responded_at", "idea_count", "moderation", "promise_backers", "promise_days", "url")),
            new Dataset("ideas", List.of("id", "prompt_id", "title", "description", "language", "area", "status",
                    "backers", "created_at", "answered_at", "answer", "answer_language", "merged_into", "url")),
            new Dataset("initiatives", List.of("id", "title", "description", "language", "area", "status", "idea_id",
                    "members", "confirmed_hours", "value_pounds", "created_at", "url")),
            new Dataset("contributions", List.of("initiative_id", "month", "confirmed_hours", "value_pounds")));

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Authority authority, List<DatasetDoc> datasets, String licence,
                String licenceUrl);
    }

    /** A dataset as its documentation shows it, in the page's language. */
    public record DatasetDoc(String name, String title, List<FieldDoc> fields) {
    }

    public record FieldDoc(String name, String meaning) {
    }

    @Inject
    RequestContext ctx;

    @Inject
    CouncilPages councils;

    @Inject
    PublicData data;

    @Inject
    Site site;

    @Inject
    EntityManager em;

    @GET
    @Path("/{lang:en|cy}/{authority}/data")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(String authority) {
        Authority a = councils.open(authority);
        OpenDataMsg re = ctx.words(OpenDataMsg.class);
        List<DatasetDoc> docs = DATASETS.stream().map(d -> new DatasetDoc(d.name(), switch (d.name()) {
            case "prompts" -> re.datasetPrompts();
            case "ideas" -> re.datasetIdeas();
            case "initiatives" -> re.datasetInitiatives();
            default -> re.datasetContributions();
        }, d.fields().stream().map(f -> new FieldDoc(f, meaning(f, re))).toList())).toList();
        return Templates.page(a, docs, LICENCE, LICENCE_URL);
    }

    /** What a field means, in the page's language. */
    static String meaning(String field, OpenDataMsg re) {
        return switch (field) {
            case "id" -> re.fieldId();
            case "title_en" -> re.fieldTitleEn();
            case "title_cy" -> re.fieldTitleCy();
            case "status" -> re.fieldStatus();
            case "area" -> re.fieldArea();
            case "published_at" -> re.fieldPublishedAt();
            case "closes_at" -> re.fieldClosesAt();
            case "closed_at" -> re.fieldClosedAt();
            case "responded_at" -> re.fieldRespondedAt();
            case "idea_count" -> re.fieldIdeaCount();
            case "moderation" -> re.fieldModeration();
            case "promise_backers" -> re.fieldPromiseBackers();
            case "promise_days" -> re.fieldPromiseDays();
            case "url" -> re.fieldUrl();
            case "prompt_id" -> re.fieldPromptId();
            case "title" -> re.fieldTitle();
            case "description" -> re.fieldDescription();
            case "language" -> re.fieldLanguage();
            case "backers" -> re.fieldBackers();
            case "created_at" -> re.fieldCreatedAt();
            case "answered_at" -> re.fieldAnsweredAt();
            case "answer" -> re.fieldAnswer();
            case "answer_language" -> re.fieldAnswerLanguage();
            case "merged_into" -> re.fieldMergedInto();
            case "idea_id" -> re.fieldIdeaId();
            case "members" -> re.fieldMembers();
            case "confirmed_hours" -> re.fieldConfirmedHours();
            case "value_pounds" -> re.fieldValuePounds();
            case "initiative_id" -> re.fieldInitiativeId();
            case "month" -> re.fieldMonth();
            default -> throw new IllegalArgumentException("undocumented field " + field);
        };
    }

    @GET
    @Path("/data/{authority}/{dataset:prompts|ideas|initiatives|contributions}.csv")
    @Produces("text/csv")
    public Response csv(String authority, String dataset, @jakarta.ws.rs.QueryParam("for") String forProgram) {
        Authority a = Authority.bySlug(authority).orElseThrow(NotFoundException::new);
        Dataset d = dataset(dataset);
        if (forProgram != null && !forProgram.equals("excel")) {
            throw new jakarta.ws.rs.BadRequestException();
        }
        // Excel opens a double-clicked CSV as UTF-8 only when it starts with a byte-order mark; others read it plain.
        boolean excel = "excel".equals(forProgram);
        String csv = (excel ? "\uFEFF" : "") + Csv.write(d.fields(), rows(a, d));
        return Response.ok(csv, "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + a.slug + "-" + d.name() + (excel ? "-excel" : "")
                        + ".csv\"")
                .header("Cache-Control", "public, max-age=300").build();
    }

    @GET
    @Path("/data/{authority}/{dataset:prompts|ideas|initiatives|contributions}.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response json(String authority, String dataset) {
        Authority a = Authority.bySlug(authority).orElseThrow(NotFoundException::new);
        Dataset d = dataset(dataset);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dataset", d.name());
        body.put("authority", a.slug);
        body.put("licence", LICENCE);
        body.put("licenceUrl", LICENCE_URL);
        body.put("documentation", site.url(a.link("en", "/data")));
        body.put("generatedAt", java.time.Instant.now().toString());
        body.put("fields", d.fields());
        body.put("rows", rows(a, d));
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "public, max-age=300").build();
    }

    private static Dataset dataset(String name) {
        return DATASETS.stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow(NotFoundException::new);
    }

    private List<Map<String, Object>> rows(Authority a, Dataset d) {
        Map<Long, String> areas = new java.util.HashMap<>();
        Area.forAuthority(a.id).forEach(ar -> areas.put(ar.id, ar.slug));
        Function<Long, String> area = id -> id == null ? null : areas.get(id);
        PublicData.Scope all = new PublicData.Scope(a.id, null, null);
        List<Map<String, Object>> rows = new ArrayList<>();
        switch (d.name()) {
            case "prompts" -> {
                for (Prompt p : data.prompts(all, ROWS_MAX)) {
                    rows.add(row(d, p.id, p.titleEn, p.titleCy, p.status.name().toLowerCase(), area.apply(p.areaId),
                            p.publishedAt, p.closesAt, p.closedAt, p.respondedAt, p.ideaCount,
                            p.moderation.name().toLowerCase(), p.promiseBackers, p.promiseDays,
                            site.url(a.link("en", "/prompts/", p.id))));
                }
            }
            case "ideas" -> {
                for (Idea i : data.ideas(all, false, ROWS_MAX)) {
                    rows.add(row(d, i.id, i.promptId, i.title, i.description, i.language, area.apply(i.areaId),
                            i.status.name().toLowerCase(), i.backingCount, i.createdAt, i.answeredAt, i.answer,
                            i.answerLanguage, i.mergedInto, site.url(a.link("en", "/ideas/", i.id))));
                }
            }
            case "initiatives" -> {
                for (Initiative n : Initiative.<Initiative>list("authorityId = ?1 and approval = ?2 order by id",
                        a.id, Approval.APPROVED)) {
                    rows.add(row(d, n.id, n.title, n.description, n.language, area.apply(n.areaId),
                            n.status.name().toLowerCase(), n.ideaId, n.memberCount, hours(n.confirmedMinutes),
                            pounds(n.confirmedMinutes, a), n.createdAt, site.url(a.link("en", "/initiatives/", n.id))));
                }
            }
            default -> {
                @SuppressWarnings("unchecked")
                List<Object[]> months = em.createNativeQuery("SELECT c.initiative_id, YEAR(c.given_on), MONTH(c.given_on), "
                        + "SUM(c.minutes) FROM contribution c JOIN initiative i ON i.id = c.initiative_id "
                        + "WHERE i.authority_id = :a AND i.approval = 'APPROVED' AND c.status = 'CONFIRMED' "
                        + "AND c.minutes IS NOT NULL GROUP BY c.initiative_id, YEAR(c.given_on), MONTH(c.given_on) "
                        + "ORDER BY c.initiative_id, YEAR(c.given_on), MONTH(c.given_on)")
                        .setParameter("a", a.id).getResultList();
                for (Object[] m : months) {
                    long minutes = ((Number) m[3]).longValue();
                    rows.add(row(d, ((Number) m[0]).longValue(),
                            java.time.YearMonth.of(((Number) m[1]).intValue(), ((Number) m[2]).intValue()).toString(),
                            hours(minutes), pounds(minutes, a)));
                }
            }
        }
        return rows;
    }

    private static Map<String, Object> row(Dataset d, Object... values) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int k = 0; k < values.length; k++) {
            Object v = values[k];
            row.put(d.fields().get(k), v instanceof java.time.Instant t ? t.toString() : v);
        }
        return row;
    }

    static String hours(long minutes) {
        return java.math.BigDecimal.valueOf(minutes).divide(java.math.BigDecimal.valueOf(60), 2,
                java.math.RoundingMode.HALF_UP).toPlainString();
    }

    static String pounds(long minutes, Authority a) {
        long pence = Money.valuePence(minutes, a.hourlyValuePence);
        return java.math.BigDecimal.valueOf(pence, 2).toPlainString();
    }
}
