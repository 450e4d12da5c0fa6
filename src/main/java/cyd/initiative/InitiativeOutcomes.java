package cyd.initiative;

import java.util.Optional;

import cyd.idea.Idea;
import cyd.idea.IdeaOutcomes;
import jakarta.enterprise.context.ApplicationScoped;

/** Tells an idea's page which initiative it grew into. */
@ApplicationScoped
public class InitiativeOutcomes implements IdeaOutcomes {

    @Override
    public Optional<Outcome> of(Idea idea, String lang, String authoritySlug) {
        return Initiative.fromIdea(idea.id).map(i -> new Outcome(i.title, i.language,
                "/" + lang + "/" + authoritySlug + "/initiatives/" + i.id));
    }
}
