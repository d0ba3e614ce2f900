package se.malstyrning.indicators.kolada;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An organisational unit (ou) in Kolada v3's shape: its id, the municipality it belongs to, its name. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record KoladaOrganisationalUnit(String id, String municipality, String title) {
}
