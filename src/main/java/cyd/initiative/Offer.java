package cyd.initiative;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person joining an initiative on their own terms: what they can give, when and where — not a
 * place on someone else's rota.
 */
@Entity
@Table(name = "offer")
public class Offer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "initiative_id")
    public Long initiativeId;

    @Column(name = "person_id")
    public Long personId;

    /** The partner organisation the person joined through, if any. */
    @Column(name = "organisation_id")
    public Long organisationId;

    public String description;

    @Column(name = "weekday_daytimes")
    public boolean weekdayDaytimes;

    public boolean evenings;

    public boolean weekends;

    @Column(name = "one_off_date")
    public LocalDate oneOffDate;

    @Column(name = "area_id")
    public Long areaId;

    @Column(name = "from_home")
    public boolean fromHome;

    /** Organisers see the person's email address only when this is true. */
    @Column(name = "share_email")
    public boolean shareEmail;

    @Enumerated(EnumType.STRING)
    public OfferStatus status;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<Offer> of(Long initiativeId, Long personId) {
        return personId == null ? Optional.empty()
                : find("initiativeId = ?1 and personId = ?2", initiativeId, personId).firstResultOptional();
    }

    public static List<Offer> activeFor(Long initiativeId) {
        return list("initiativeId = ?1 and status = ?2 order by id", initiativeId, OfferStatus.ACTIVE);
    }

    public static List<Offer> byPerson(Long personId) {
        return list("personId = ?1 order by id", personId);
    }

    public boolean isActive() {
        return status == OfferStatus.ACTIVE;
    }
}
