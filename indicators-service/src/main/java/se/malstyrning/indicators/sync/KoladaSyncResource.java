package se.malstyrning.indicators.sync;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.malstyrning.indicators.imports.ImportService;
import se.malstyrning.runtime.idempotency.Idempotent;
import se.malstyrning.runtime.security.Roles;

@Path("/indicators/v1/kolada-syncs")
@Tag(name = "Imports")
@Produces(MediaType.APPLICATION_JSON)
public class KoladaSyncResource {

    private final KoladaSync sync;
    private final SyncRuns runs;

    public KoladaSyncResource(KoladaSync sync, SyncRuns runs) {
        this.sync = sync;
        this.runs = runs;
    }

    @POST
    @Idempotent(transactionTimeoutSeconds = ImportService.IMPORT_TIMEOUT_SECONDS)
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST})
    @Operation(operationId = "runKoladaSync", summary = "Fetch the catalogue's Kolada key figures now, as the schedule does",
            description = "Pages are followed by next_url and each imported all or nothing; Kolada unreachable is a 503 with Retry-After.")
    public SyncResult run() {
        return sync.run(SyncTrigger.MANUAL);
    }

    @GET
    @Path("/last")
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.READER})
    @Operation(operationId = "getLastKoladaSync", summary = "When the last Kolada sync ran and what came of it",
            description = "Scheduled (malstyrning.kolada-sync.every) or started by hand; a failed one names why. 404 before"
                    + " the first sync.")
    public SyncRunView last() {
        return runs.last();
    }
}
