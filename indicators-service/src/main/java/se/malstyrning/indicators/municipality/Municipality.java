package se.malstyrning.indicators.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A municipality (type K), a region (L, 00 + county code) or the country (L, 0000): reference data
 * loaded by a migration (V20), never changed through the API.
 */
@Entity
@Immutable
@Table(name = "municipality")
public class Municipality {

    public static final String COUNTRY = "0000";

    @Id
    @Column(length = 4)
    public String code;

    /** The short name Kolada uses as a title: Vaggeryd. */
    @Column(nullable = false)
    public String title;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    /** K for a municipality, L for a region or the country, as Kolada's {@code type}. */
    @Column(nullable = false, length = 1)
    public String type;

    @Column(name = "county_code", length = 2)
    public String countyCode;
}
