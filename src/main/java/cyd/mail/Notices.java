package cyd.mail;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import cyd.account.AccountBlock;
import cyd.account.AccountEmail;
import cyd.account.Person;
import cyd.authority.Authority;
import cyd.idea.Idea;
import cyd.idea.IdeaAnswered;
import cyd.idea.IdeaStatus;
import cyd.moderation.ModeratedItem;
import cyd.moderation.ModerationDecision;
import cyd.moderation.ModerationEmail;
import cyd.organisation.InvitedToRepresent;
import cyd.prompt.Prompt;
import cyd.web.Lang;
import cyd.web.Msg;
import cyd.web.RequestContext;
import cyd.web.Secrets;
import cyd.web.Site;
import cyd.web.TemplateExtensions;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Every email Cyd sends, written to the outbox in the transaction of the change it tells of. Each goes in the
 * recipient's recorded language, or in both (Welsh first) when that is not known; emails people did not ask
 * for one by one carry a link that stops them without signing in.
 */
@ApplicationScoped
public class Notices {

    @CheckedTemplate(basePath = "mail")
    static class Templates {
        static native TemplateInstance verify(Person person, String link);

        static native TemplateInstance reset(Person person, String link);

        static native TemplateInstance invite(Person person, String organisation, String link);

        static native TemplateInstance answered(Person person, Idea idea, String ideaLink, String status, Idea target,
                String targetLink, boolean author, String unsubscribe);

        static native TemplateInstance hidden(Person person, ModeratedItem item, ModerationDecision decision,
                String appealLink);

        static native TemplateInstance appeal(Person person, ModerationDecision decision, String link);

        static native TemplateInstance blocked(Person person, AccountBlock block, String authorityName, String until);

        static native TemplateInstance digest(Person person, String promptTitle, String promptLink, List<Idea> ideas,
                List<Idea> answers, Map<Long, String> links, Map<Long, String> statuses, String unsubscribe);
    }

    @Inject
    Site site;

    @Inject
    Secrets secrets;

    @Inject
    Clock clock;

    /** The verification link; after it, the person goes on to where they were (a path within Cyd), if anywhere. */
    void verifyEmail(@Observes AccountEmail.Verify e) {
        Person p = e.person();
        String token = e.token();
        String next = e.next();
        String then = next == null || next.isBlank() ? ""
                : "&next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8);
        queue(p, ws -> ws.mailVerifySubject(),
                lang -> Templates.verify(p, url(lang, "/account/verify?token=" + token + then)), null);
    }

    void passwordReset(@Observes AccountEmail.Reset e) {
        Person p = e.person();
        queue(p, ws -> ws.mailResetSubject(),
                lang -> Templates.reset(p, url(lang, "/password-reset/" + e.token())), null);
    }

    /** An invitation to represent an organisation; accepted (or not) from the person's own account. */
    void organisationInvite(@Observes InvitedToRepresent e) {
        Person p = e.person();
        queue(p, ws -> ws.mailInviteSubject(),
                lang -> Templates.invite(p, e.organisation(), url(lang, "/account/invitations")), null);
    }

    /** Tells an idea's author and backers the council's answer (for a merge: the merged idea's backers). */
    @Transactional(Transactional.TxType.MANDATORY)
    void ideaAnswered(@Observes IdeaAnswered e) {
        Idea idea = e.idea();
        Idea target = e.target();
        Authority authority = e.authority();
        List<Long> recipients = e.recipients();
        List<Person> people = recipients.isEmpty() ? List.of()
                : Person.list("id in ?1 and notifyAnswers = true", recipients.stream().distinct().toList());
        for (Person p : people) {
            String unsubscribe = unsubscribeLink(p, "answers", 0L);
            queue(p, ws -> ws.mailAnsweredSubject(),
                    lang -> Templates.answered(p, idea, url(lang, "/" + authority.slug + "/ideas/" + idea.id),
                            status(idea.status, lang), target,
                            target == null ? null : url(lang, "/" + authority.slug + "/ideas/" + target.id),
                            p.id.equals(idea.authorId), unsubscribe),
                    unsubscribe);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void contentHidden(@Observes ModerationEmail.Hidden e) {
        ModerationDecision d = e.decision();
        ModeratedItem item = e.item();
        Person p = d.authorId == null ? null : Person.findById(d.authorId);
        if (p == null) {
            return;
        }
        queue(p, ws -> ws.mailHiddenSubject(),
                lang -> Templates.hidden(p, item, d, url(lang, "/account/moderation")), null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void appealDecided(@Observes ModerationEmail.AppealDecided e) {
        ModerationDecision d = e.decision();
        Person p = d.authorId == null ? null : Person.findById(d.authorId);
        if (p == null) {
            return;
        }
        queue(p, ws -> ws.mailAppealSubject(), lang -> Templates.appeal(p, d, url(lang, "/account/moderation")), null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void blocked(@Observes ModerationEmail.Blocked e) {
        AccountBlock b = e.block();
        Person p = Person.findById(b.personId);
        Authority a = Authority.findById(b.authorityId);
        if (p == null || a == null) {
            return;
        }
        queue(p, ws -> ws.mailBlockedSubject(), lang -> Templates.blocked(p, b, a.name(lang),
                TemplateExtensions.longDate(b.blockedUntil, lang)), null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void digest(Person p, Prompt prompt, Authority authority, List<Idea> ideas, List<Idea> answers) {
        String unsubscribe = unsubscribeLink(p, "follow", prompt.id);
        queue(p, ws -> ws.mailDigestSubject(), lang -> {
            Map<Long, String> links = new java.util.HashMap<>();
            Map<Long, String> statuses = new java.util.HashMap<>();
            for (Idea i : ideas) {
                links.put(i.id, url(lang, "/" + authority.slug + "/ideas/" + i.id));
            }
            for (Idea i : answers) {
                links.put(i.id, url(lang, "/" + authority.slug + "/ideas/" + i.id));
                statuses.put(i.id, status(i.status, lang));
            }
            return Templates.digest(p, prompt.title(lang), url(lang, "/" + authority.slug + "/prompts/" + prompt.id),
                    ideas, answers, links, statuses, unsubscribe);
        }, unsubscribe);
    }

    /** A link that stops one kind of email for one person, signed so it works without signing in. */
    public String unsubscribeLink(Person p, String what, Long promptId) {
        String value = what + ":" + p.id + ":" + promptId;
        return url(lang(p), "/unsubscribe?what=" + what + "&person=" + p.id + "&prompt=" + promptId + "&sig="
                + secrets.sign("unsubscribe", value));
    }

    public boolean unsubscribeValid(String what, Long personId, Long promptId, String sig) {
        return what != null && personId != null && promptId != null
                && secrets.verify("unsubscribe", what + ":" + personId + ":" + promptId, sig);
    }

    /** An idea's status in words, as the idea page shows it. */
    static String status(IdeaStatus status, String lang) {
        Msg msg = RequestContext.msg(lang);
        return switch (status) {
            case SUBMITTED -> msg.ideaStatusSubmitted();
            case UNDER_CONSIDERATION -> msg.ideaStatusUnderConsideration();
            case TAKEN_FORWARD -> msg.ideaStatusTakenForward();
            case NOT_TAKEN_FORWARD -> msg.ideaStatusNotTakenForward();
            case ALREADY_HAPPENING -> msg.ideaStatusAlreadyHappening();
            case MERGED -> msg.ideaStatusMerged();
        };
    }

    private String url(String lang, String path) {
        return site.url("/" + lang + path);
    }

    private static String lang(Person p) {
        return p.languageKnown && Lang.isSupported(p.language) ? p.language : Lang.CY;
    }

    private void queue(Person p, java.util.function.Function<MailMsg, String> subject,
            java.util.function.Function<String, TemplateInstance> body, String unsubscribe) {
        String s;
        String text;
        if (p.languageKnown && Lang.isSupported(p.language)) {
            s = subject.apply(RequestContext.words(MailMsg.class, p.language));
            text = render(body, p.language);
        } else {
            // Language not known: both, Welsh first (Welsh Language Standards).
            s = subject.apply(RequestContext.words(MailMsg.class, Lang.CY)) + " / " + subject.apply(RequestContext.words(MailMsg.class, Lang.EN));
            text = render(body, Lang.CY) + "\n\n-----\n\n" + render(body, Lang.EN);
        }
        OutboxEmail e = new OutboxEmail();
        e.to = p.email;
        e.subject = s;
        e.body = text;
        e.unsubscribeUrl = unsubscribe;
        e.createdAt = clock.instant();
        e.nextAttemptAt = e.createdAt;
        e.persist();
    }

    private static String render(java.util.function.Function<String, TemplateInstance> body, String lang) {
        return body.apply(lang).setLocale(Lang.locale(lang)).render().strip();
    }
}
