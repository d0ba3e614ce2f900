package se.malstyrning.indicators.kolada;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import se.malstyrning.indicators.catalogue.Indicator;

/** A key figure in Kolada v3's shape, made from a catalogue entry (local indicators included). */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record KoladaKpi(
        String id,
        String title,
        String description,
        @JsonProperty("operating_area") String operatingArea,
        String perspective,
        @JsonProperty("is_divided_by_gender") boolean isDividedByGender,
        @JsonProperty("municipality_type") String municipalityType,
        @JsonProperty("prel_publication_date") String prelPublicationDate,
        @JsonProperty("publ_period") String publPeriod,
        @JsonProperty("publication_date") String publicationDate,
        @JsonProperty("has_ou_data") boolean hasOuData,
        String auspice) {

    private static final String MUNICIPALITIES = "K";

    static KoladaKpi of(Indicator indicator, boolean hasOuData) {
        return new KoladaKpi(indicator.code, indicator.title, indicator.description == null ? "" : indicator.description,
                "", indicator.quality.name(), indicator.dividedByGender, MUNICIPALITIES, null, null, null, hasOuData,
                indicator.source.name());
    }
}
