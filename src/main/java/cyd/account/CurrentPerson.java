package cyd.account;

import cyd.web.RequestContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The signed-in person of this request, read from the database once and only when asked for. */
@Named("me")
@RequestScoped
public class CurrentPerson {

    @Inject
    RequestContext ctx;

    private Person person;
    private boolean loaded;

    /** The signed-in person, or null (also when their account was deleted since they signed in). */
    public Person get() {
        if (!loaded) {
            loaded = true;
            person = ctx.getPersonId() == null ? null : Person.findById(ctx.getPersonId());
        }
        return person;
    }

    public Long id() {
        Person p = get();
        return p == null ? null : p.id;
    }

    private Viewer viewer;

    /** The signed-in person as permission rules see them. */
    public Viewer viewer() {
        if (viewer == null) {
            Person p = get();
            viewer = p == null ? Viewer.ANONYMOUS
                    : new Viewer(p.id, java.util.Set.copyOf(OfficerRole.forPerson(p.id).stream()
                            .map(r -> r.authorityId).toList()));
        }
        return viewer;
    }

    public boolean isSignedIn() {
        return get() != null;
    }
}
