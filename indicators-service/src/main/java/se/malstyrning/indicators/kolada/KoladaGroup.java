package se.malstyrning.indicators.kolada;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** A kpi_group or municipality_group in Kolada v3's shape: its members by id and title. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record KoladaGroup(String id, String title, List<Member> members) {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Member(@JsonProperty("member_id") String memberId, @JsonProperty("member_title") String memberTitle) {
    }
}
