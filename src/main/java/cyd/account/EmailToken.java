package cyd.account;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import cyd.web.Secrets;

/** A single-use link sent by email (verify the address, reset the password). Only the token's hash is kept. */
@Entity
@Table(name = "email_token")
public class EmailToken extends PanacheEntityBase {

    public static final String VERIFY = "verify";
    public static final String RESET = "reset";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "person_id")
    public Long personId;

    public String purpose;

    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    public static String hash(String token) {
        return Secrets.sha256(token);
    }

    /** The unused, unexpired token of this purpose, if the token is one. */
    public static EmailToken usable(String token, String purpose, Instant now) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return null;
        }
        return find("tokenHash = ?1 and purpose = ?2 and usedAt is null and expiresAt > ?3", hash(token.strip()),
                purpose, now).firstResult();
    }
}
