package cyd.account;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import cyd.web.ConflictRetry;
import cyd.web.FormErrors;
import cyd.web.Msg;
import cyd.web.Outcome;
import cyd.web.Pages;
import cyd.web.RetryOnConflict;
import cyd.web.Secrets;
import cyd.web.Word;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/** Creating accounts, signing in, and a person's rights over their data (download, erasure). */
@ApplicationScoped
@RetryOnConflict
public class AccountService {

    public static final int DISPLAY_NAME_MAX = 60;
    public static final int EMAIL_MAX = 254;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");
    // Compared against when no account matches, so a wrong address takes as long as a wrong password.
    private static final String DUMMY_HASH = Passwords.hash("not-a-real-password");


    @Inject
    @Any
    Instance<PersonalDataSource> personalData;

    @Inject
    jakarta.enterprise.event.Event<AccountEmail> emails;

    @Inject
    Throttle throttle;

    @Inject
    java.time.Clock clock;

    /** How long the links sent by email work. */
    public static final java.time.Duration VERIFY_FOR = java.time.Duration.ofHours(24);
    public static final java.time.Duration RESET_FOR = java.time.Duration.ofHours(1);

    /** A new single-use link for the person; earlier unused links of the same purpose stop working. */
    private String newToken(Person p, String purpose, java.time.Duration validFor) {
        Instant now = clock.instant();
        EmailToken.update("usedAt = ?1 where personId = ?2 and purpose = ?3 and usedAt is null", now, p.id, purpose);
        String token = Secrets.randomToken(32);
        EmailToken t = new EmailToken();
        t.personId = p.id;
        t.purpose = purpose;
        t.tokenHash = EmailToken.hash(token);
        t.createdAt = now;
        t.expiresAt = now.plus(validFor);
        t.persist();
        return token;
    }

    /** Sends a fresh verification link, unless the address is already verified. */
    @Transactional
    public boolean resendVerification(Long personId) {
        Person p = Person.findById(personId);
        if (p == null || p.emailVerifiedAt != null) {
            return false;
        }
        emails.fire(new AccountEmail.Verify(p, newToken(p, EmailToken.VERIFY, VERIFY_FOR), null));
        return true;
    }

    /** Verifies the address the link was sent to; the person, or null if the link is unknown, used or expired. */
    @Transactional
    public Person verify(String token) {
        Instant now = clock.instant();
        EmailToken t = EmailToken.usable(token, EmailToken.VERIFY, now);
        if (t == null) {
            return null;
        }
        t.usedAt = now;
        Person p = Person.findById(t.personId);
        if (p.emailVerifiedAt == null) {
            p.emailVerifiedAt = now;
        }
        return p;
    }

    /** Sends a reset link if the address has an account; says nothing either way (no one learns who has one). */
    @Transactional
    public void requestPasswordReset(String email) {
        // At most three links an hour to one address, whoever asks: nobody can flood someone's inbox.
        if (email == null || !throttle.count(Throttle.key("reset", email), Throttle.RESETS_PER_EMAIL)) {
            return;
        }
        Person p = Person.byEmail(email).orElse(null);
        if (p != null) {
            emails.fire(new AccountEmail.Reset(p, newToken(p, EmailToken.RESET, RESET_FOR)));
        }
    }

    @Transactional
    public boolean resetUsable(String token) {
        return EmailToken.usable(token, EmailToken.RESET, clock.instant()) != null;
    }

    /** Sets a new password through a reset link, which is then used up. Following the link also verifies the address. */
    @Transactional
    public Outcome<Person> resetPassword(String token, String password) {
        Instant now = clock.instant();
        EmailToken t = EmailToken.usable(token, EmailToken.RESET, now);
        if (t == null) {
            return Outcome.refused();
        }
        Person p = Person.findById(t.personId);
        PasswordPolicy.Problem problem = PasswordPolicy.check(password, p.email, p.displayName);
        if (problem != null) {
            return Outcome.invalid(new FormErrors().add("password", words(problem)));
        }
        t.usedAt = now;
        p.passwordHash = Passwords.hash(password);
        // Whoever else was signed in with the old password is signed out.
        p.sessionEpoch++;
        if (p.emailVerifiedAt == null) {
            p.emailVerifiedAt = now;
        }
        return Outcome.done(p);
    }

    private static Word.Ref<AccountMsg> words(PasswordPolicy.Problem problem) {
        return switch (problem) {
            case MISSING -> AccountMsg::passwordRequired;
            case TOO_SHORT -> AccountMsg::passwordTooShort;
            case TOO_LONG -> AccountMsg::passwordTooLong;
            case COMMON -> AccountMsg::passwordCommon;
        };
    }

    /** Ends one sign-in on the server (its cookie stops working even if it was kept), and forgets long-ended ones. */
    @Transactional
    public void endSignIn(String sessionKey, Instant cookieExpires) {
        if (sessionKey == null) {
            return;
        }
        var em = Person.getEntityManager();
        em.createNativeQuery("INSERT IGNORE INTO session_end (session_hash, ends_at) VALUES (?1, ?2)")
                .setParameter(1, sessionKey).setParameter(2, cookieExpires).executeUpdate();
        em.createNativeQuery("DELETE FROM session_end WHERE ends_at < ?1 LIMIT 100").setParameter(1, clock.instant())
                .executeUpdate();
    }

    @Transactional
    public void endAllSignIns(Long personId) {
        Person p = Person.findById(personId);
        if (p != null) {
            p.sessionEpoch++;
        }
    }

    @Transactional
    public void setEmailPreferences(Long personId, boolean notifyAnswers) {
        Person p = Person.findById(personId);
        if (p != null) {
            p.notifyAnswers = notifyAnswers;
        }
    }

    public Outcome<Person> signUp(SignUpForm form, String lang) {
        FormErrors errors = new FormErrors();
        String email = Person.normaliseEmail(form.email());
        if (email.isEmpty()) {
            errors.add("email", AccountMsg::emailRequired);
        } else if (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches()) {
            errors.add("email", AccountMsg::emailInvalid);
        }
        String name = form.displayName();
        errors.text("displayName", name, DISPLAY_NAME_MAX, AccountMsg::displayNameRequired, AccountMsg::displayNameTooLong);
        PasswordPolicy.Problem problem = PasswordPolicy.check(form.password, email, name);
        if (problem != null) {
            errors.add("password", words(problem));
        }
        if (!errors.has("email") && QuarkusTransaction.requiringNew().call(() -> Person.byEmail(email).isPresent())) {
            errors.add("email", AccountMsg::emailTaken);
        }
        if (errors.isAny()) {
            return Outcome.invalid(errors);
        }
        String hash = Passwords.hash(form.password);
        try {
            Person person = QuarkusTransaction.requiringNew().call(() -> {
                Person p = new Person();
                p.email = email;
                p.displayName = name;
                p.passwordHash = hash;
                p.language = lang;
                p.createdAt = clock.instant();
                p.persist();
                emails.fire(new AccountEmail.Verify(p, newToken(p, EmailToken.VERIFY, VERIFY_FOR),
                        Pages.safeNext(form.next, null)));
                return p;
            });
            return Outcome.done(person);
        } catch (PersistenceException e) {
            if (!ConflictRetry.isDuplicate(e)) {
                throw e; // a deadlock with someone else's sign-up is run again, not called "taken"
            }
            // Someone signed up with the same address a moment earlier: the unique key kept it once.
            return Outcome.invalid(new FormErrors().add("email", AccountMsg::emailTaken));
        }
    }

    /** The person with this email and password, or null. */
    @Transactional
    public Person signIn(String email, String password) {
        Person person = email == null ? null : Person.byEmail(email).orElse(null);
        String pw = password == null ? "" : password;
        if (person == null) {
            Passwords.matches(pw, DUMMY_HASH);
            return null;
        }
        if (!Passwords.matches(pw, person.passwordHash)) {
            return null;
        }
        if (Passwords.isOlderKind(person.passwordHash)) {
            person.passwordHash = Passwords.hash(pw);
        }
        return person;
    }

    /**
     * A new password for a signed-in person who gives their current one. Every other sign-in of the account ends;
     * the caller signs this browser in again with the new epoch.
     */
    @Transactional
    public Outcome<Person> changePassword(Long personId, String current, String chosen) {
        Person p = Person.findById(personId);
        if (p == null) {
            return Outcome.refused();
        }
        FormErrors errors = new FormErrors();
        if (current == null || current.isEmpty()) {
            errors.add("currentPassword", AccountMsg::passwordRequired);
        } else if (!Passwords.matches(current, p.passwordHash)) {
            errors.add("currentPassword", AccountMsg::passwordWrong);
        }
        PasswordPolicy.Problem problem = PasswordPolicy.check(chosen, p.email, p.displayName);
        if (problem != null) {
            errors.add("newPassword", words(problem));
        } else if (!errors.has("currentPassword") && chosen.equals(current)) {
            errors.add("newPassword", AccountMsg::newPasswordSameAsCurrent);
        }
        if (errors.isAny()) {
            return Outcome.invalid(errors);
        }
        p.passwordHash = Passwords.hash(chosen);
        p.sessionEpoch++;
        return Outcome.done(p);
    }

    @Transactional
    public boolean passwordMatches(Long personId, String password) {
        Person person = Person.findById(personId);
        return person != null && password != null && Passwords.matches(password, person.passwordHash);
    }

    /** Everything held about the person, as it would be read out to them. */
    @Transactional
    public Map<String, Object> export(Long personId) {
        Person person = Person.findById(personId);
        Map<String, Object> data = new LinkedHashMap<>();
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("email", person.email);
        account.put("displayName", person.displayName);
        account.put("language", person.language);
        account.put("createdAt", person.createdAt.toString());
        data.put("exportedAt", Instant.now().toString());
        data.put("account", account);
        List<Map<String, Object>> roles = OfficerRole.forPerson(personId).stream()
                .map(r -> Map.<String, Object>of("authorityId", r.authorityId, "role", r.role)).toList();
        data.put("officerRoles", roles);
        for (PersonalDataSource source : personalData) {
            source.export(personId, data);
        }
        return data;
    }

    /** Erases the account: every feature removes or anonymises what it holds, then the person goes. */
    @Transactional
    public void deleteAccount(Long personId) {
        for (PersonalDataSource source : personalData) {
            source.erase(personId);
        }
        OfficerRole.delete("personId", personId);
        Person.deleteById(personId);
    }
}
