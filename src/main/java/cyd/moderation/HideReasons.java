package cyd.moderation;

import cyd.content.HideReason;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The house rules, for forms: {inject:reasons.all}. */
@Named("reasons")
@ApplicationScoped
public class HideReasons {

    public List<HideReason> all() {
        return List.of(HideReason.values());
    }
}
