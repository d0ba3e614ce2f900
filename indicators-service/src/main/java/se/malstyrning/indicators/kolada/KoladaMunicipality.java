package se.malstyrning.indicators.kolada;

import com.fasterxml.jackson.annotation.JsonInclude;
import se.malstyrning.indicators.municipality.Municipality;

/** A municipality (K), region or the country (L) in Kolada v3's shape. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record KoladaMunicipality(String id, String title, String type) {

    static KoladaMunicipality of(Municipality municipality) {
        return new KoladaMunicipality(municipality.code, municipality.title, municipality.type);
    }
}
