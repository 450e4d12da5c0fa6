package cyd.idea;

import cyd.account.CurrentPerson;
import cyd.account.Following;
import cyd.web.Lang;
import cyd.web.PageCache;
import cyd.web.RequestContext;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The signed-in person's own choice of emails about a question, filled into a question page kept for everyone
 * signed in. The page marks it {@code <!--cyd:part follow-question PROMPT-ID FORM-ACTION-->}.
 */
@ApplicationScoped
public class FollowQuestionPart implements PageCache.Part {

    @Inject
    CurrentPerson me;

    @Inject
    Following following;

    @Inject
    RequestContext ctx;

    @Inject
    Engine engine;

    private volatile Template tag;

    @Override
    public String name() {
        return "follow-question";
    }

    @Override
    public String render(String argument) {
        String[] args = argument.split(" ");
        Long person = me.id();
        if (args.length != 2 || person == null || !args[1].startsWith("/")) {
            return null;
        }
        long promptId;
        try {
            promptId = Long.parseLong(args[0]);
        } catch (NumberFormatException e) {
            return null;
        }
        if (tag == null) {
            tag = engine.getTemplate("tags/followQuestion");
        }
        return tag.data("action", args[1]).data("following", following.frequency(person, promptId))
                .data("errors", cyd.web.FormErrors.none())
                .setLocale(Lang.locale(ctx.getLang())).render();
    }
}
