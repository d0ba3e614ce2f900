package se.malstyrning.indicators.sync;

import jakarta.annotation.security.RolesAllowed;
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

    public KoladaSyncResource(KoladaSync sync) {
        this.sync = sync;
    }

    @POST
    @Idempotent(transactionTimeoutSeconds = ImportService.IMPORT_TIMEOUT_SECONDS)
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST})
    @Operation(operationId = "runKoladaSync", summary = "Fetch the catalogue's Kolada key figures now, as the schedule does",
            description = "Pages are followed by next_url and each imported all or nothing; Kolada unreachable is a 503 with Retry-After.")
    public SyncResult run() {
        return sync.run();
    }
}
