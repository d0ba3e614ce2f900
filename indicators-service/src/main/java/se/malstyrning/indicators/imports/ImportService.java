package se.malstyrning.indicators.imports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import se.malstyrning.indicators.catalogue.IndicatorRepository;
import se.malstyrning.indicators.fulfilment.TargetAchievements;
import se.malstyrning.indicators.webhooks.IndicatorEvent;
import se.malstyrning.runtime.webhooks.Webhooks;
import se.malstyrning.runtime.problem.Problem;
import se.malstyrning.runtime.problem.ProblemException;
import se.malstyrning.runtime.problem.ProblemType;
import se.malstyrning.runtime.security.Caller;
import se.malstyrning.runtime.security.Roles;

import javax.sql.DataSource;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Imports observations all or nothing, in one transaction: rows are validated while the file
 * streams, and valid ones are copied (PostgreSQL COPY) into a transaction-local staging table; if
 * any row failed, or two rows name the same observation, the transaction is rolled back. Then one
 * statement merges the staged rows: new ones are created, changed ones revised (the database keeps
 * the previous values), equal ones left alone, so the same file twice adds nothing.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    private static final int COPY_BUFFER = 1 << 16;
    /** A national file (3.5 M rows) takes minutes on a small server, far beyond the default transaction timeout. */
    public static final int IMPORT_TIMEOUT_SECONDS = 3600;

    private static final String STAGING = """
            create temp table import_row (
                line bigint, indicator_id uuid, area varchar(32), period integer, gender varchar(1),
                value double precision, status varchar(16), source varchar(100)
            ) on commit drop""";

    private static final String DUPLICATES = """
            select min(line) as first, max(line) as again from import_row
            group by indicator_id, area, period, gender having count(*) > 1 order by first limit ?""";

    private static final String MERGE = """
            with merged as (
                insert into observation as o (id, version, indicator_id, area, period, gender, value, status, source,
                                              created_at, created_by, updated_at, updated_by)
                select gen_random_uuid(), 0, indicator_id, area, period, gender, value, status, source,
                       now(), ?, now(), ?
                from import_row
                on conflict (indicator_id, area, period, gender) do update
                    set value = excluded.value, status = excluded.status, source = excluded.source,
                        version = o.version + 1, updated_at = excluded.updated_at, updated_by = excluded.updated_by
                    where (o.value, o.status, o.source) is distinct from (excluded.value, excluded.status, excluded.source)
                returning (xmax = 0) as created
            )
            select count(*) filter (where created), count(*) filter (where not created) from merged""";

    private final DataSource dataSource;
    private final IndicatorRepository indicators;
    private final Caller caller;

    private final Webhooks webhooks;

    private final TargetAchievements achievements;

    public ImportService(DataSource dataSource, IndicatorRepository indicators, Caller caller, Webhooks webhooks,
                         TargetAchievements achievements) {
        this.webhooks = webhooks;
        this.achievements = achievements;
        this.dataSource = dataSource;
        this.indicators = indicators;
        this.caller = caller;
    }

    /** All or nothing: in the caller's transaction if there is one (an idempotent request's), else in its own. */
    public ImportResult importFile(ImportFormat format, InputStream body, String source) {
        ImportResult result = QuarkusTransaction.joiningExisting().timeout(IMPORT_TIMEOUT_SECONDS)
                .call(() -> importInTransaction(format, body, source));
        // In the request's context: the JSON log line carries its trace and span ids.
        LOG.infof("Import of %s: %d rows, %d observations created, %d revised, %d unchanged",
                result.format(), result.rows(), result.created(), result.revised(), result.unchanged());
        return result;
    }

    private ImportResult importInTransaction(ImportFormat format, InputStream body, String source) {
        Map<String, RowValidator.KnownIndicator> known = indicators.listAll().stream().collect(Collectors.toMap(
                indicator -> indicator.code, indicator -> new RowValidator.KnownIndicator(indicator.id, indicator.dividedByGender)));
        RowErrors errors = new RowErrors();
        RowValidator validator = new RowValidator(format, known, source == null || source.isBlank() ? format.defaultSource() : source.strip(), errors);
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(STAGING);
            }
            long rows = stage(connection, format, body, validator, this::requireMayImportFor);
            errors.throwIfAny();
            rejectDuplicates(connection, format, errors);
            ImportResult result = merge(connection, format, rows);
            webhooks.publish(IndicatorEvent.OBSERVATIONS_IMPORTED.type, "/indicators/v1/imports", null, null, Map.of(
                    "format", result.format().name(), "rows", result.rows(), "created", result.created(),
                    "revised", result.revised(), "unchanged", result.unchanged()));
            if (result.created() + result.revised() > 0) {
                achievements.reassess();
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The office imports for every area; a board editor only its own results: every row's area must be
     * one of its org units (a survey of the board), else the import is refused as a 403 naming the line.
     * The service's own imports (the Kolada sync, the demo data) run as no board.
     */
    private void requireMayImportFor(ImportFormat format, ImportRow row) {
        if (!caller.hasRole(Roles.BOARD_EDITOR) || caller.actsForEveryOrgUnit() || caller.orgUnitCodes().contains(row.area())) {
            return;
        }
        String field = "line[" + row.line() + "]." + format.fields().area();
        String message = "'" + row.area() + "' is not one of your org units; a board imports only its own results";
        throw new ProblemException(ProblemType.FORBIDDEN.problem(field + ": " + message,
                List.of(new Problem.FieldError(field, message))));
    }

    private static long stage(Connection connection, ImportFormat format, InputStream body, RowValidator validator,
                              BiConsumer<ImportFormat, ImportRow> areaRule) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy import_row from stdin");
        try {
            StringBuilder buffer = new StringBuilder(COPY_BUFFER + 512);
            long[] rows = {0};
            format.reader().read(body, raw -> {
                rows[0]++;
                validator.validate(raw).ifPresent(row -> {
                    areaRule.accept(format, row);
                    appendCopyLine(buffer, row);
                    if (buffer.length() >= COPY_BUFFER) {
                        flush(copy, buffer);
                    }
                });
            });
            flush(copy, buffer);
            copy.endCopy();
            return rows[0];
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void rejectDuplicates(Connection connection, ImportFormat format, RowErrors errors) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(DUPLICATES)) {
            statement.setInt(1, RowErrors.LISTED);
            try (ResultSet duplicates = statement.executeQuery()) {
                while (duplicates.next()) {
                    errors.add(duplicates.getLong("again"), format.fields().period(),
                            "the same " + format.fields().indicator() + ", " + format.fields().area() + ", period and gender as line "
                                    + duplicates.getLong("first"));
                }
            }
        }
        errors.throwIfAny();
    }

    private ImportResult merge(Connection connection, ImportFormat format, long rows) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(MERGE)) {
            statement.setString(1, caller.name());
            statement.setString(2, caller.name());
            try (ResultSet counts = statement.executeQuery()) {
                counts.next();
                long created = counts.getLong(1);
                long revised = counts.getLong(2);
                return new ImportResult(format, rows, created, revised, rows - created - revised);
            }
        }
    }

    private static void appendCopyLine(StringBuilder buffer, ImportRow row) {
        buffer.append(row.line()).append('\t').append(row.indicatorId()).append('\t').append(row.area()).append('\t')
                .append(row.period()).append('\t').append(row.gender().name()).append('\t')
                .append(row.value() == null ? "\\N" : Double.toString(row.value())).append('\t')
                .append(row.status().name()).append('\t').append(escape(row.source())).append('\n');
    }

    /** COPY's text format: backslash, tab and line breaks are escaped. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static void flush(CopyIn copy, StringBuilder buffer) {
        if (buffer.isEmpty()) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        buffer.setLength(0);
    }
}
