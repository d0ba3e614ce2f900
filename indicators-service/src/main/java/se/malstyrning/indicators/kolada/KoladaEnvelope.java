package se.malstyrning.indicators.kolada;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** Kolada v3's collection envelope: every match counted, one page of values, links to the pages around it. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record KoladaEnvelope<T>(
        long count,
        List<T> values,
        @JsonProperty("next_url") String nextUrl,
        @JsonProperty("previous_url") String previousUrl) {
}
