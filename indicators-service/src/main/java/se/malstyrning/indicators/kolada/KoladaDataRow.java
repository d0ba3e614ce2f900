package se.malstyrning.indicators.kolada;

import com.fasterxml.jackson.annotation.JsonInclude;
import se.malstyrning.indicators.observation.ObservationStatus;
import se.malstyrning.indicators.observation.PeriodRow;

import java.util.List;

/**
 * A row of Kolada v3's data API: one key figure, municipality (group, or organisational unit) and
 * period, a value per gender. A municipality's or unit's value is one measurement ({@code count} 1);
 * a group's is the unweighted mean of its members, {@code count} the members with a value. A missing
 * value is null with an empty status, as Kolada writes it.
 */
public final class KoladaDataRow {

    private KoladaDataRow() {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Municipality(String kpi, String municipality, int period, List<Value> values) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record OrganisationalUnit(String kpi, String ou, int period, List<Value> values) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Value(String gender, int count, String status, Double value, boolean isdeleted) {
    }

    static Municipality municipality(PeriodRow row) {
        return new Municipality(row.indicatorCode(), row.area(), row.period(), values(row));
    }

    static OrganisationalUnit organisationalUnit(PeriodRow row) {
        return new OrganisationalUnit(row.indicatorCode(), row.area(), row.period(), values(row));
    }

    private static List<Value> values(PeriodRow row) {
        return row.values().stream().map(value -> new Value(value.gender().name(), value.count(),
                value.status() == ObservationStatus.PRELIMINARY ? ObservationStatus.PRELIMINARY.name() : "",
                value.value(), false)).toList();
    }
}
