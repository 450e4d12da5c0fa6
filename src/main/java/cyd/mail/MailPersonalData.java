package cyd.mail;

import java.util.Map;

import cyd.account.PersonalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

/** The questions a person follows, in their download; gone when they delete their account. */
@ApplicationScoped
public class MailPersonalData implements PersonalDataSource {

    @Override
    public void export(Long personId, Map<String, Object> into) {
        into.put("following", Follow.<Follow>list("personId", personId).stream().map(f -> Map.<String, Object>of(
                "promptId", f.promptId, "frequency", f.frequency.name())).toList());
    }

    @Override
    public void erase(Long personId) {
        Follow.delete("personId", personId);
    }
}
