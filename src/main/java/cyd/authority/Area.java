package cyd.authority;

import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A ward or community within an authority: where a prompt, idea or initiative is placed. */
@Entity
@Table(name = "area")
public class Area extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "authority_id")
    public Long authorityId;

    public String slug;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "name_cy")
    public String nameCy;

    public static List<Area> forAuthority(Long authorityId) {
        return list("authorityId = ?1 order by nameEn", authorityId);
    }

    /** An area only counts when it belongs to the authority in hand. */
    public static Optional<Area> inAuthority(Long authorityId, Long areaId) {
        if (areaId == null) {
            return Optional.empty();
        }
        return find("id = ?1 and authorityId = ?2", areaId, authorityId).firstResultOptional();
    }

    public String name(String lang) {
        return "cy".equals(lang) && nameCy != null && !nameCy.isBlank() ? nameCy : nameEn;
    }
}
