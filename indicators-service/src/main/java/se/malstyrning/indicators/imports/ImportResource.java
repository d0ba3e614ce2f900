package se.malstyrning.indicators.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.malstyrning.runtime.idempotency.Idempotent;
import se.malstyrning.runtime.security.Roles;

import java.io.InputStream;

@Path("/indicators/v1/imports")
@Tag(name = "Imports", description = "Bulk import of observations: validated before anything is written, all or nothing, idempotent")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    /** The service's body limit (malstyrning.http.max-body-bytes), documented on the import bodies. */
    static final int MAX_BODY = 1_048_576_000;

    private static final String RULES = " Every row is validated before anything is written; failures are a 422 listing each as "
            + "line[n].field. Importing the same file again changes nothing.";

    private static final String BOARDS = " A board editor imports its own results only (a survey of its board): every row's"
            + " area must be one of its org unit codes, else 403 naming line[n].area.";

    private final ImportService service;

    public ImportResource(ImportService service) {
        this.service = service;
    }

    @POST
    @Idempotent(transactionTimeoutSeconds = ImportService.IMPORT_TIMEOUT_SECONDS)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.BOARD_EDITOR})
    @Operation(operationId = "importKoladaJson", summary = "Import observations in Kolada v3's data shape",
            description = "The body of a Kolada /data response (envelope with values) or an array of its rows." + RULES + BOARDS)
    public ImportResult importKoladaJson(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
            type = SchemaType.STRING, format = "binary", maxLength = MAX_BODY,
            description = "At most the body limit of the service (README, Resource limits)"))) InputStream body, @Parameter(description = "Source recorded on each value, default Kolada")
                                         @QueryParam("source") @Size(max = 100) String source) {
        return service.importFile(ImportFormat.KOLADA_JSON, body, source);
    }

    @POST
    @Idempotent(transactionTimeoutSeconds = ImportService.IMPORT_TIMEOUT_SECONDS)
    @Consumes("text/csv")
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.BOARD_EDITOR})
    @Operation(operationId = "importCsv", summary = "Import observations from CSV",
            description = "Header: indicator,area,period,gender,value[,status][,source] (the export format); ';' with decimal commas also works."
                    + " A text cell the export neutralised against spreadsheet formulas ('=…, '+…, '-…, '@…) is read without its apostrophe."
                    + " A NUL character in any cell is refused." + RULES + BOARDS)
    public ImportResult importCsv(@RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(
            type = SchemaType.STRING, format = "binary", maxLength = MAX_BODY,
            description = "At most the body limit of the service (README, Resource limits)"))) InputStream body, @Parameter(description = "Source for rows without one, default 'CSV import'")
                                  @QueryParam("source") @Size(max = 100) String source) {
        return service.importFile(ImportFormat.CSV, body, source);
    }
}
