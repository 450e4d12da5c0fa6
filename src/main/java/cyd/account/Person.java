package cyd.account;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import cyd.web.Text;

/** Someone with an account: a resident, and perhaps also an officer of one or more authorities. */
@Entity
@Table(name = "person")
public class Person extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String email;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "password_hash")
    public String passwordHash;

    /** The language the person chose (en or cy): emails and their data go out in it. */
    public String language;

    @Column(name = "created_at")
    public Instant createdAt;

    /** Null until the person follows the link sent to their address; until then they can read but not post. */
    @Column(name = "email_verified_at")
    public Instant emailVerifiedAt;

    /** Whether to email them when an idea they wrote or backed is answered. */
    @Column(name = "notify_answers")
    public boolean notifyAnswers = true;

    /** Raised to end every sign-in made before (password reset, sign out everywhere). */
    @Column(name = "session_epoch")
    public int sessionEpoch;

    /** False when the person never chose a language: emails then go in both, Welsh first. */
    @Column(name = "language_known")
    public boolean languageKnown = true;

    /**
     * One spelling per address: Unicode NFKC (full-width and other compatibility forms become plain ones), then
     * lower case. Addresses are stored and compared in this form, byte for byte (a binary collation), so
     * "rés@…" and "res@…" are different addresses and "ｒｅｓ@…" is "res@…".
     */
    public static String normaliseEmail(String email) {
        return Text.normaliseEmail(email);
    }

    /** Display names for a set of people, in one query; deleted people are simply absent. */
    public static java.util.Map<Long, String> displayNames(java.util.Collection<Long> ids) {
        java.util.List<Long> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return java.util.Map.of();
        }
        // Only the two columns, not whole accounts: nothing else of a person is needed to show their name.
        return getEntityManager().createQuery("select p.id, p.displayName from Person p where p.id in ?1", Object[].class)
                .setParameter(1, wanted).getResultStream()
                .collect(java.util.stream.Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }

    public static Optional<Person> byEmail(String email) {
        return find("email", normaliseEmail(email)).firstResultOptional();
    }
}
