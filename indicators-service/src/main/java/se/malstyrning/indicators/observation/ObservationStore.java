package se.malstyrning.indicators.observation;

import jakarta.enterprise.context.ApplicationScoped;
import se.malstyrning.runtime.paging.Page;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reads observations with plain SQL: the table holds millions of rows, and these queries (many
 * indicators × areas × years at once, the latest value per series, a streamed export) are
 * answered by its indexes without loading entities.
 */
@ApplicationScoped
public class ObservationStore {

    private static final String COLUMNS = """
            select o.id, o.indicator_id, i.code, o.area, o.period, o.gender, o.value, o.status, o.source,
                   o.version, o.updated_at, o.updated_by
            from observation o join indicator i on i.id = o.indicator_id
            """;
    private static final String ORDER = " order by i.code, o.area, o.period, o.gender";
    private static final String LATEST = "select distinct on (o.indicator_id, o.area, o.gender) "
            + COLUMNS.substring("select ".length());
    private static final int FETCH_SIZE = 5000;

    private final DataSource dataSource;

    public ObservationStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Receives a page as it is read: how many observations match in all, before the first of the page, then each in order. */
    public interface PageSink {
        void total(long total) throws IOException;

        void item(ObservationView observation) throws IOException;
    }

    public void page(ObservationFilter filter, int limit, int offset, PageSink page) {
        Where where = Where.of(filter, false, Optional.empty());
        readPage(COLUMNS + where.sql(), where, " order by code, area, period, gender", limit, offset, page);
    }

    /** Per indicator, area and gender, the newest observation that has a value. */
    public void latest(ObservationFilter filter, int limit, int offset, PageSink page) {
        Where where = Where.of(filter, true, Optional.empty());
        String latest = LATEST + where.sql() + " order by o.indicator_id, o.area, o.gender, o.period desc";
        readPage(latest, where, " order by code, area, gender", limit, offset, page);
    }

    public Optional<ObservationView> get(UUID id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(COLUMNS + " where o.id = ?")) {
            statement.setObject(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(view(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The values the observation had before each revision, oldest first. */
    public List<RevisionView> history(UUID observationId) {
        String sql = """
                select value, status, source, recorded_at, recorded_by from observation_revision
                where observation_id = ? order by recorded_at, created_at""";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, observationId);
            List<RevisionView> revisions = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    revisions.add(new RevisionView(value(rows, "value"), ObservationStatus.valueOf(rows.getString("status")),
                            rows.getString("source"), rows.getTimestamp("recorded_at").toInstant(), rows.getString("recorded_by")));
                }
            }
            return revisions;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The series of one indicator for one area and gender, oldest period first, values only. */
    public List<SeriesPoint> series(UUID indicatorId, String area, Gender gender) {
        String sql = """
                select period, value from observation
                where indicator_id = ? and area = ? and gender = ? and value is not null order by period""";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, indicatorId);
            statement.setString(2, area);
            statement.setString(3, gender.name());
            List<SeriesPoint> points = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    points.add(new SeriesPoint(rows.getInt("period"), rows.getDouble("value")));
                }
            }
            return points;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sources of the values of one series (those a chart of it draws), in alphabetical order. */
    public List<String> seriesSources(UUID indicatorId, String area, Gender gender) {
        String sql = """
                select distinct source from observation
                where indicator_id = ? and area = ? and gender = ? and value is not null and source is not null
                order by source""";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, indicatorId);
            statement.setString(2, area);
            statement.setString(3, gender.name());
            List<String> sources = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    sources.add(rows.getString("source"));
                }
            }
            return sources;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The series of many indicators for one area and gender in one query, per indicator, oldest period first. */
    public Map<UUID, List<SeriesPoint>> series(Collection<UUID> indicatorIds, String area, Gender gender) {
        Map<UUID, List<SeriesPoint>> series = new HashMap<>();
        if (indicatorIds.isEmpty()) {
            return series;
        }
        String sql = """
                select indicator_id, period, value from observation
                where indicator_id = any(?) and area = ? and gender = ? and value is not null order by indicator_id, period""";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("uuid", indicatorIds.toArray()));
            statement.setString(2, area);
            statement.setString(3, gender.name());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    series.computeIfAbsent(rows.getObject("indicator_id", UUID.class), id -> new ArrayList<>())
                            .add(new SeriesPoint(rows.getInt("period"), rows.getDouble("value")));
                }
            }
            return series;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The values of one indicator, period and gender for every municipality (not the country, 0000, nor
     * regions, 00LL), or for the named ones.
     */
    public Map<String, Double> municipalityValues(UUID indicatorId, int period, Gender gender, List<String> areas) {
        String sql = "select o.area, o.value from observation o where o.indicator_id = ? and o.period = ? and o.gender = ?"
                + " and o.value is not null and " + AreaKind.MUNICIPALITY.condition() + " and o.area not like '00%'"
                + (areas.isEmpty() ? "" : " and o.area = any(?)");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, indicatorId);
            statement.setInt(2, period);
            statement.setString(3, gender.name());
            if (!areas.isEmpty()) {
                statement.setArray(4, connection.createArrayOf("varchar", areas.toArray()));
            }
            Map<String, Double> values = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.put(rows.getString("area"), rows.getDouble("value"));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Per municipality group, indicator, period and gender the unweighted mean of the members' values, and
     * how many members have one; only (indicator, group, period) rows with an observation changed since the
     * filter's {@code changedSince}, when given. The filter's areas are ignored: {@code members} names them.
     */
    public List<PeriodRow> groupMeans(Map<String, List<String>> members, ObservationFilter filter) {
        List<String> groupColumn = new ArrayList<>();
        List<String> memberColumn = new ArrayList<>();
        members.forEach((group, codes) -> codes.forEach(code -> {
            groupColumn.add(group);
            memberColumn.add(code);
        }));
        if (groupColumn.isEmpty()) {
            return List.of();
        }
        String sql = "with member (grp, area) as (select * from unnest(?::varchar[], ?::varchar[])) "
                + "select i.code, m.grp, o.period, o.gender, avg(o.value) as value, count(o.value) as counted,"
                + " max(o.updated_at) as changed "
                + "from observation o join member m on m.area = o.area join indicator i on i.id = o.indicator_id"
                + " where true"
                + (filter.indicatorCodes().isEmpty() ? "" : " and i.code = any(?)")
                + (filter.years().isEmpty() ? "" : " and o.period = any(?)")
                + " group by i.code, m.grp, o.period, o.gender order by i.code, m.grp, o.period, o.gender";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            int next = 1;
            statement.setArray(next++, connection.createArrayOf("varchar", groupColumn.toArray()));
            statement.setArray(next++, connection.createArrayOf("varchar", memberColumn.toArray()));
            if (!filter.indicatorCodes().isEmpty()) {
                statement.setArray(next++, connection.createArrayOf("varchar", filter.indicatorCodes().toArray()));
            }
            if (!filter.years().isEmpty()) {
                statement.setArray(next, connection.createArrayOf("integer", filter.years().toArray()));
            }
            List<PeriodRow> rows = new ArrayList<>();
            boolean lastChanged = false;
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    PeriodRow.GenderValue value = new PeriodRow.GenderValue(Gender.valueOf(result.getString("gender")),
                            value(result, "value"), ObservationStatus.FINAL, result.getInt("counted"));
                    Instant changedAt = result.getTimestamp("changed").toInstant();
                    boolean changed = filter.changedSince().map(since -> !changedAt.isBefore(since)).orElse(true);
                    PeriodRow last = rows.isEmpty() ? null : rows.getLast();
                    if (last != null && last.sameKey(result.getString("code"), result.getString("grp"), result.getInt("period"))) {
                        last.values().add(value);
                        lastChanged |= changed;
                    } else {
                        if (last != null && !lastChanged) {
                            rows.removeLast();
                        }
                        List<PeriodRow.GenderValue> values = new ArrayList<>();
                        values.add(value);
                        rows.add(new PeriodRow(result.getString("code"), result.getString("grp"), result.getInt("period"), values));
                        lastChanged = changed;
                    }
                }
            }
            if (!rows.isEmpty() && !lastChanged) {
                rows.removeLast();
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every area with observations that is not a municipality code (an organisational unit), by code. Read
     * by skipping through the area index one distinct value at a time, never through every observation.
     */
    public List<String> organisationalUnits() {
        String sql = """
                with recursive area (code) as (
                    (select o.area from observation o order by o.area limit 1)
                    union all
                    select (select o.area from observation o where o.area > a.code order by o.area limit 1)
                    from area a where a.code is not null)
                select code from area where code is not null and code !~ '^[0-9]{4}$' order by code""";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            List<String> codes = new ArrayList<>();
            while (rows.next()) {
                codes.add(rows.getString("code"));
            }
            return codes;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Those of the indicators that have an observation for any of the areas. */
    public Set<UUID> indicatorsWithData(Collection<UUID> indicatorIds, Collection<String> areas) {
        if (indicatorIds.isEmpty() || areas.isEmpty()) {
            return Set.of();
        }
        String sql = "select distinct indicator_id from observation where area = any(?) and indicator_id = any(?)";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("varchar", areas.toArray()));
            statement.setArray(2, connection.createArrayOf("uuid", indicatorIds.toArray()));
            Set<UUID> ids = new HashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject("indicator_id", UUID.class));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the matching observations as CSV in the import format, streaming from a database cursor. */
    public void exportCsv(ObservationFilter filter, Writer out) {
        Where where = Where.of(filter, false, Optional.empty());
        cursor(COLUMNS + where.sql() + ORDER, (connection, statement) -> where.bind(connection, statement, 1),
                (connection, rows) -> {
                    out.write(ObservationCsv.HEADER);
                    while (rows.next()) {
                        out.write(ObservationCsv.line(view(rows)));
                    }
                    out.flush();
                });
    }

    /**
     * Observations grouped per indicator, area and period, all genders of a period together (the rows
     * of Kolada's data API), paged by group, for areas of one kind.
     */
    public Page<PeriodRow> periodRows(ObservationFilter filter, AreaKind areaKind, int limit, int offset) {
        Where where = Where.of(filter, false, Optional.of(areaKind));
        String groups = "select o.indicator_id, o.area, o.period from observation o join indicator i on i.id = o.indicator_id"
                + where.sql() + " group by o.indicator_id, i.code, o.area, o.period";
        String sql = "with page as (" + groups + " order by i.code, o.area, o.period limit ? offset ?) "
                + "select i.code, o.area, o.period, o.gender, o.value, o.status from observation o "
                + "join page p on p.indicator_id = o.indicator_id and p.area = o.area and p.period = o.period "
                + "join indicator i on i.id = o.indicator_id order by i.code, o.area, o.period, o.gender";
        try (Connection connection = dataSource.getConnection()) {
            long total = count(connection, groups, where);
            try (PreparedStatement page = connection.prepareStatement(sql)) {
                int next = where.bind(connection, page, 1);
                page.setInt(next, limit);
                page.setInt(next + 1, offset);
                List<PeriodRow> items = new ArrayList<>();
                try (ResultSet rows = page.executeQuery()) {
                    while (rows.next()) {
                        PeriodRow.GenderValue value = new PeriodRow.GenderValue(Gender.valueOf(rows.getString("gender")),
                                value(rows, "value"), ObservationStatus.valueOf(rows.getString("status")), 1);
                        PeriodRow last = items.isEmpty() ? null : items.getLast();
                        if (last != null && last.sameKey(rows.getString("code"), rows.getString("area"), rows.getInt("period"))) {
                            last.values().add(value);
                        } else {
                            List<PeriodRow.GenderValue> values = new ArrayList<>();
                            values.add(value);
                            items.add(new PeriodRow(rows.getString("code"), rows.getString("area"), rows.getInt("period"), values));
                        }
                    }
                }
                return new Page<>(items, total, limit, offset);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One page of the matches of {@code sql} in {@code order}, read from a cursor. The total is counted in the
     * same statement by a subquery that PostgreSQL runs once, before the first row (with {@code count(*) over ()}
     * it would read every match before sending any); a second count is needed only for a page past the end.
     */
    private void readPage(String sql, Where where, String order, int limit, int offset, PageSink page) {
        String paged = "select matches.*, (select count(*) from (" + sql + ") counted) as matched from (" + sql + ") matches"
                + order + " limit ? offset ?";
        cursor(paged, (connection, statement) -> {
            int next = where.bind(connection, statement, where.bind(connection, statement, 1));
            statement.setInt(next, limit);
            statement.setInt(next + 1, offset);
        }, (connection, rows) -> {
            if (!rows.next()) {
                page.total(offset == 0 ? 0 : count(connection, sql, where));
                return;
            }
            page.total(rows.getLong("matched"));
            do {
                page.item(view(rows));
            } while (rows.next());
        });
    }

    @FunctionalInterface
    private interface Binder {
        void bind(Connection connection, PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    private interface RowReader {
        void read(Connection connection, ResultSet rows) throws SQLException, IOException;
    }

    /**
     * Runs a query and hands its rows to {@code reader} as PostgreSQL sends them, {@link #FETCH_SIZE} at a time:
     * a cursor, which PostgreSQL keeps only inside a transaction.
     */
    private void cursor(String sql, Binder binder, RowReader reader) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(FETCH_SIZE);
                binder.bind(connection, statement);
                try (ResultSet rows = statement.executeQuery()) {
                    reader.read(connection, rows);
                }
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long count(Connection connection, String sql, Where where) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("select count(*) from (" + sql + ") matches")) {
            where.bind(connection, count, 1);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static ObservationView view(ResultSet rows) throws SQLException {
        return new ObservationView(rows.getObject("id", UUID.class), rows.getObject("indicator_id", UUID.class),
                rows.getString("code"), rows.getString("area"), rows.getInt("period"),
                Gender.valueOf(rows.getString("gender")), value(rows, "value"),
                ObservationStatus.valueOf(rows.getString("status")), rows.getString("source"), rows.getLong("version"),
                rows.getTimestamp("updated_at").toInstant(), rows.getString("updated_by"));
    }

    private static Double value(ResultSet rows, String column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }

    /** The conditions of a filter as SQL with its parameters, bound in the order written. */
    private record Where(String sql, ObservationFilter filter) {

        static Where of(ObservationFilter filter, boolean valuesOnly, Optional<AreaKind> areaKind) {
            List<String> conditions = new ArrayList<>();
            if (!filter.indicatorCodes().isEmpty()) {
                conditions.add("i.code = any(?)");
            }
            if (!filter.areas().isEmpty()) {
                conditions.add("o.area = any(?)");
            }
            if (!filter.years().isEmpty()) {
                conditions.add("o.period = any(?)");
            }
            filter.fromYear().ifPresent(year -> conditions.add("o.period >= ?"));
            filter.toYear().ifPresent(year -> conditions.add("o.period <= ?"));
            if (!filter.genders().isEmpty()) {
                conditions.add("o.gender = any(?)");
            }
            if (valuesOnly) {
                conditions.add("o.value is not null");
            }
            filter.changedSince().ifPresent(since -> conditions.add("o.updated_at >= ?"));
            areaKind.ifPresent(kind -> conditions.add(kind.condition()));
            return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), filter);
        }

        /** Binds the parameters from {@code index}; returns the next free index. */
        int bind(Connection connection, PreparedStatement statement, int index) throws SQLException {
            int next = index;
            if (!filter.indicatorCodes().isEmpty()) {
                statement.setArray(next++, connection.createArrayOf("varchar", filter.indicatorCodes().toArray()));
            }
            if (!filter.areas().isEmpty()) {
                statement.setArray(next++, connection.createArrayOf("varchar", filter.areas().toArray()));
            }
            if (!filter.years().isEmpty()) {
                statement.setArray(next++, connection.createArrayOf("integer", filter.years().toArray()));
            }
            if (filter.fromYear().isPresent()) {
                statement.setInt(next++, filter.fromYear().get());
            }
            if (filter.toYear().isPresent()) {
                statement.setInt(next++, filter.toYear().get());
            }
            if (!filter.genders().isEmpty()) {
                statement.setArray(next++, connection.createArrayOf("varchar",
                        filter.genders().stream().map(Gender::name).toArray()));
            }
            if (filter.changedSince().isPresent()) {
                statement.setTimestamp(next++, Timestamp.from(filter.changedSince().get()));
            }
            return next;
        }
    }
}
