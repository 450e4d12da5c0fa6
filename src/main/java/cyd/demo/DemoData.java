package cyd.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;

import cyd.account.OfficerRole;
import cyd.account.Person;
import cyd.authority.Area;
import cyd.authority.Authority;
import cyd.contribution.Contribution;
import cyd.contribution.ContributionKind;
import cyd.contribution.ContributionStatus;
import cyd.idea.Idea;
import cyd.initiative.Approval;
import cyd.initiative.Initiative;
import cyd.initiative.InitiativeStatus;
import cyd.initiative.InitiativeUpdate;
import cyd.initiative.NeedKind;
import cyd.initiative.Offer;
import cyd.initiative.OfferStatus;
import cyd.organisation.Organisation;
import cyd.idea.IdeaStatus;
import cyd.prompt.Prompt;
import cyd.web.Secrets;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import cyd.account.Passwords;
import cyd.idea.Comment;
import cyd.web.TemplateExtensions;

/**
 * On an empty database, a fictional bilingual council (and an English-only neighbour) with questions,
 * ideas in both languages and backing, so a new installation shows what Cyd does at once.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    public static final String OFFICER_EMAIL = "officer@enghraifft.example";

    @Inject
    cyd.web.Settings settings;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DemoRows rows;

    void onStart(@Observes StartupEvent event) {
        if (settings.demo().enabled()) {
            load();
        }
    }

    @Transactional
    void load() {
        if (Authority.count() > 0) {
            return;
        }
        Instant now = clock.instant();
        // Instances starting together on a new database: the first to claim the step loads the demo; the
        // others wait on its row lock here, then find it taken and load nothing.
        int claimed = em.createNativeQuery("INSERT IGNORE INTO setup_step (name, done_at) VALUES ('demo-data', ?)")
                .setParameter(1, java.sql.Timestamp.from(now)).executeUpdate();
        if (claimed == 0) {
            return;
        }
        Authority example = rows.authority("enghraifft", "Example County Council", "Cyngor Sir Enghraifft", true,
                "#0b4f6c", now);
        List<Area> areas = List.of(
                rows.area(example, "aberafon", "Aberafon", "Aberafon"),
                rows.area(example, "llanfair", "Llanfair", "Llanfair"),
                rows.area(example, "bryn-glas", "Bryn Glas", "Bryn Glas"),
                rows.area(example, "town-centre", "Town Centre", "Canol y Dref"));
        Authority borough = rows.authority("example-borough", "Example Borough Council", null, false, "#5c2d91", now);
        Area riverside = rows.area(borough, "riverside", "Riverside", null);

        String password = Secrets.randomToken(12);
        Person officer = rows.person(OFFICER_EMAIL, "Swyddog Enghraifft", Passwords.hash(password), "cy", now);
        OfficerRole.grant(officer.id, example.id);
        OfficerRole.grant(officer.id, example.id, OfficerRole.MODERATOR);
        OfficerRole.grant(officer.id, example.id, OfficerRole.ADMIN);

        // Demo residents cannot sign in: their password hash matches no password.
        String locked = Passwords.hash(Secrets.randomToken(24));
        String[][] people = { { "Elin", "cy" }, { "Gareth", "cy" }, { "Aisha", "en" }, { "Tom", "en" },
                { "Nia", "cy" }, { "Priya", "en" }, { "Dafydd", "cy" }, { "Sam", "en" } };
        List<Person> residents = new ArrayList<>();
        for (String[] p : people) {
            residents.add(rows.person(p[0].toLowerCase() + "@residents.example", p[0], locked, p[1], now));
        }

        Prompt parks = rows.prompt(example, null, officer,
                "What would you like to do with us to make our parks and green spaces better?",
                "Beth hoffech chi ei wneud gyda ni i wella ein parciau a'n mannau gwyrdd?",
                "The council looks after 40 parks and play areas. We can bring tools, skips, insurance and staff time. "
                        + "Tell us what you would like to do, and who you would do it with.",
                "Mae'r cyngor yn gofalu am 40 o barciau a mannau chwarae. Gallwn ddod ag offer, sgipiau, yswiriant ac "
                        + "amser staff. Dywedwch wrthym beth hoffech chi ei wneud, a gyda phwy.",
                now.plus(Duration.ofDays(45)), now);
        Prompt lonely = rows.prompt(example, null, officer,
                "How could we work with you so that nobody in your street feels alone this winter?",
                "Sut gallem ni weithio gyda chi fel nad oes neb yn eich stryd yn teimlo'n unig y gaeaf hwn?",
                "Community centres, libraries and voluntary groups already run a lot. What could you start or join?",
                "Mae canolfannau cymunedol, llyfrgelloedd a grwpiau gwirfoddol eisoes yn cynnal llawer. Beth allech chi "
                        + "ei ddechrau neu ymuno ag ef?",
                now.plus(Duration.ofDays(60)), now);
        Prompt centre = rows.prompt(example, areas.get(3), officer,
                "What would you like to do with us to bring empty shops in the town centre back to life?",
                "Beth hoffech chi ei wneud gyda ni i ddod â siopau gwag canol y dref yn ôl yn fyw?",
                "We can offer short, low-cost leases on six empty units we own. What would you run in one?",
                "Gallwn gynnig prydlesi byr, rhad ar chwe uned wag sy'n eiddo i ni. Beth fyddech chi'n ei gynnal mewn un?",
                null, now);
        rows.prompt(borough, riverside, null, "What would you like to do with us to keep the riverside clean?", null,
                "Tell us what you would do, and what you need from the council.", null, null, now);

        // The parks question promises an answer to every idea with five backers within 20 working days.
        parks.promiseBackers = 5;
        parks.promiseDays = 20;
        Idea orchard = rows.idea(parks, areas.get(0), residents.get(0), "cy", "Perllan gymunedol yn y parc",
                "Plannu coed afalau a gellyg ar y llain wag ger y maes chwarae, a'u cynnal gyda'r ysgol gynradd.",
                residents, 6, now);
        Idea litter = rows.idea(parks, areas.get(1), residents.get(2), "en", "Monthly litter-pick with the scouts",
                "The 1st Llanfair Scouts would lead a litter-pick on the first Saturday of each month if the council "
                        + "lends pickers and collects the bags.", residents, 5, now);
        rows.idea(parks, null, residents.get(3), "en", "Wildflower verges instead of mowing",
                "Let us sow wildflowers on three verges; residents on each street would water them in the first summer.",
                residents, 4, now);
        rows.idea(parks, areas.get(2), residents.get(4), "cy", "Clwb garddio i blant",
                "Sesiynau garddio ar brynhawn Sadwrn yn yr ardd gymunedol, wedi'u harwain gan wirfoddolwyr.",
                residents, 3, now);
        rows.idea(parks, null, residents.get(5), "en", "Fix the benches together",
                "A repair day for the broken benches: the council brings timber, we bring hands and tea.",
                residents, 1, now);
        rows.idea(lonely, null, residents.get(1), "cy", "Te a sgwrs yn y llyfrgell",
                "Bore coffi wythnosol yn y llyfrgell i bobl sy'n byw ar eu pennau eu hunain, gyda lifftiau gan yrwyr "
                        + "gwirfoddol.", residents, 7, now);
        rows.idea(lonely, null, residents.get(6), "cy", "Galwadau ffôn cyfeillgarwch",
                "Rhestr o wirfoddolwyr sy'n ffonio cymdogion unwaith yr wythnos, drwy'r gymdeithas dai.",
                residents, 2, now);
        rows.idea(lonely, areas.get(1), residents.get(7), "en", "Street WhatsApp groups",
                "Help each street set up a group so neighbours can check in on each other during cold snaps.",
                residents, 3, now);
        rows.idea(lonely, null, residents.get(2), "en", "Warm space with board games",
                "Open the community centre two evenings a week with games, soup and a friendly face.", residents, 5,
                now);
        rows.idea(centre, areas.get(3), residents.get(5), "en", "Repair café",
                "A repair café one Saturday a month: volunteers fix bikes, clothes and small electricals.", residents, 6,
                now);
        rows.idea(centre, areas.get(3), residents.get(0), "cy", "Siop gymunedol ail-law",
                "Siop wedi'i rhedeg gan wirfoddolwyr yn gwerthu dillad a llyfrau ail-law, gyda'r elw i'r banc bwyd.",
                residents, 4, now);
        rows.idea(centre, areas.get(3), residents.get(4), "cy", "Gofod i artistiaid lleol",
                "Oriel dros dro lle mae artistiaid a disgyblion yn arddangos ac yn cynnal gweithdai.", residents, 2, now);

        coProduction(example, areas, officer, residents, litter, now);
        conversation(orchard, officer, residents, now);
        // Word search learns of the demo as of anything else shared.
        em.flush();
        em.createNativeQuery("INSERT INTO search_change (kind, item_id) SELECT 'i', id FROM idea").executeUpdate();
        em.createNativeQuery("INSERT INTO search_change (kind, item_id) SELECT 'n', id FROM initiative").executeUpdate();

        LOG.infof("Demo data loaded. Officer sign-in (shown once): %s / %s", OFFICER_EMAIL, password);
    }

    /** Comments on an idea in both languages, a reply, and the council's official word. */
    private void conversation(Idea idea, Person officer, List<Person> residents, Instant now) {
        Comment first = rows.comment(idea, null, residents.get(1), "cy",
                "Syniad gwych. Mae gen i ysgol fforch a rhaw y gallwn eu benthyg.", false, now.minusSeconds(7200));
        rows.comment(idea, first.id, residents.get(0), "cy", "Diolch Gareth! Byddai hynny'n help mawr.", false,
                now.minusSeconds(3600));
        rows.comment(idea, null, residents.get(2), "en",
                "Could some of the trees be planted at wheelchair height so everyone can pick the fruit?", false,
                now.minusSeconds(1800));
        rows.comment(idea, null, officer, "cy",
                "Mae'r tîm parciau wedi edrych ar y llain: mae'n addas, a gallwn ddarparu'r coed a'r pyst.", true, now);
    }

    /** A voluntary organisation, an initiative grown from an idea, offers, and a year of confirmed time. */
    private void coProduction(Authority council, List<Area> areas, Person officer, List<Person> residents, Idea from,
            Instant now) {
        Organisation friends = new Organisation();
        friends.authorityId = council.id;
        friends.name = "Cyfeillion Parc Llanfair / Friends of Llanfair Park";
        friends.charityNumber = "1098765";
        friends.description = "Gwirfoddolwyr sy'n gofalu am Barc Llanfair ers 1998. Volunteers caring for Llanfair Park since 1998.";
        friends.language = "cy";
        friends.website = "https://example.org/cyfeillion-parc-llanfair";
        friends.contactEmail = "helo@cyfeillion.example";
        friends.verifiedAt = now;
        friends.verifiedBy = officer.id;
        friends.createdAt = now;
        friends.persist();
        em.flush();
        em.createNativeQuery("INSERT INTO organisation_area (organisation_id, area_id) VALUES (?1, ?2)")
                .setParameter(1, friends.id).setParameter(2, areas.get(1).id).executeUpdate();
        em.createNativeQuery("INSERT INTO organisation_rep (organisation_id, person_id) VALUES (?1, ?2)")
                .setParameter(1, friends.id).setParameter(2, residents.get(4).id).executeUpdate();

        Initiative litter = new Initiative();
        litter.authorityId = council.id;
        litter.areaId = areas.get(1).id;
        litter.ideaId = from.id;
        litter.title = "Llanfair monthly litter-pick";
        litter.description = "On the first Saturday of each month the 1st Llanfair Scouts, the Friends of Llanfair Park "
                + "and anyone who wants to come clear litter from the park and the riverside path.";
        litter.language = "en";
        litter.status = InitiativeStatus.ACTIVE;
        litter.approval = Approval.APPROVED;
        litter.startedBy = officer.id;
        litter.councilCommitment = "Litter pickers, gloves and high-visibility vests on loan; bags collected from the "
                + "park gate on Monday mornings; public liability insurance.";
        litter.councilAmountPence = 75_000L;
        litter.createdAt = now;
        litter.updatedAt = now;
        litter.persist();
        from.status = IdeaStatus.TAKEN_FORWARD;
        from.answeredAt = now;
        from.answeredBy = officer.id;
        from.answer = "Mae'r cyngor yn rhoi benthyg offer casglu sbwriel ac yn casglu'r bagiau bob dydd Llun.";
        from.answerLanguage = "cy";
        em.flush();
        rows.need(litter, NeedKind.TIME, "Pickers for two hours on the first Saturday", 12, "First Saturday, 10am to 12pm",
                "Llanfair Park gate", now);
        rows.need(litter, NeedKind.SKILL, "Someone with first-aid training", 1, "Each session", null, now);
        rows.need(litter, NeedKind.RESOURCE, "A car to take full bags to the gate", 1, null, null, now);
        em.createNativeQuery("INSERT INTO initiative_partner (initiative_id, organisation_id, added_by, added_at) "
                + "VALUES (?1, ?2, ?3, ?4)").setParameter(1, litter.id).setParameter(2, friends.id)
                .setParameter(3, residents.get(4).id).setParameter(4, now).executeUpdate();

        for (int k = 0; k < 5; k++) {
            Offer o = new Offer();
            o.initiativeId = litter.id;
            o.personId = residents.get(k).id;
            o.organisationId = k == 4 ? friends.id : null;
            o.description = k == 0 ? "Gallaf ddod â the a bisgedi." : null;
            o.weekends = true;
            o.areaId = areas.get(1).id;
            o.shareEmail = k % 2 == 0;
            o.status = OfferStatus.ACTIVE;
            o.createdAt = now;
            o.updatedAt = now;
            o.persist();
        }
        litter.memberCount = 5;
        InitiativeUpdate news = new InitiativeUpdate();
        news.initiativeId = litter.id;
        news.authorId = officer.id;
        news.body = "Diolch i bawb a ddaeth ddydd Sadwrn: 14 bag o sbwriel! Thank you to everyone who came on Saturday: 14 bags.";
        news.language = "cy";
        news.createdAt = now;
        news.persist();

        LocalDate today = LocalDate.now(clock.withZone(TemplateExtensions.LONDON));
        long minutes = 0;
        for (int month = 6; month >= 0; month--) {
            for (int k = 0; k < 4; k++) {
                Contribution c = new Contribution();
                c.initiativeId = litter.id;
                c.personId = residents.get(k).id;
                c.kind = ContributionKind.HOURS;
                c.minutes = 120 + 15 * k;
                c.description = "Litter-pick";
                c.givenOn = today.minusMonths(month).withDayOfMonth(1);
                boolean confirmed = month > 0 || k < 2;
                c.status = confirmed ? ContributionStatus.CONFIRMED : ContributionStatus.PENDING;
                c.decidedBy = confirmed ? officer.id : null;
                c.decidedAt = confirmed ? now : null;
                c.createdAt = now;
                c.persist();
                if (confirmed) {
                    minutes += c.minutes;
                }
            }
        }
        litter.confirmedMinutes = minutes;

        Initiative pending = new Initiative();
        pending.authorityId = council.id;
        pending.areaId = areas.get(3).id;
        pending.title = "Caffi trwsio yn y llyfrgell";
        pending.description = "Caffi trwsio unwaith y mis yn llyfrgell canol y dref.";
        pending.language = "cy";
        pending.status = InitiativeStatus.FORMING;
        pending.approval = Approval.PENDING;
        pending.startedBy = residents.get(5).id;
        pending.createdAt = now;
        pending.updatedAt = now;
        pending.persist();
    }

}
