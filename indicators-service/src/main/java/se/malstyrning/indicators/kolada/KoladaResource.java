package se.malstyrning.indicators.kolada;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.malstyrning.indicators.observation.AreaKind;

import java.util.Optional;

/**
 * The routes, envelope, paging and 25-id rule of Kolada's API v3, so that a Kolada client reads our
 * data (local indicators included) by changing only its base URL. Open data.
 */
@Path("/indicators/kolada/v3")
@Tag(name = "Kolada-compatible API", description = "Kolada v3 routes and shapes over this service's catalogue and observations")
@Produces(MediaType.APPLICATION_JSON)
public class KoladaResource {

    private static final String MUNICIPALITY = "municipality";
    private static final String OU = "ou";

    private final KoladaService service;

    public KoladaResource(KoladaService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Path("/kpi")
    @Operation(operationId = "koladaKpis", summary = "Key figures, optionally those whose title contains a text")
    public KoladaEnvelope<KoladaKpi> kpis(@QueryParam("title") String title, @Valid @BeanParam KoladaPaging paging,
                                          @Context UriInfo uri) {
        return paging.envelope(service.kpis(Optional.empty(), Optional.ofNullable(title), paging), kpi -> kpi, uri);
    }

    @GET
    @PermitAll
    @Path("/kpi/{ids}")
    @Operation(operationId = "koladaKpisById", summary = "Key figures by id, at most 25, comma-separated")
    public KoladaEnvelope<KoladaKpi> kpisById(@PathParam("ids") String ids, @Valid @BeanParam KoladaPaging paging,
                                              @Context UriInfo uri) {
        return paging.envelope(service.kpis(Optional.of(ids), Optional.empty(), paging), kpi -> kpi, uri);
    }

    @GET
    @PermitAll
    @Path("/data/kpi/{kpi}/municipality/{municipality}/year/{year}")
    @Operation(operationId = "koladaDataByKpiMunicipalityYear", summary = "Values of key figures for municipalities and years")
    public KoladaEnvelope<KoladaDataRow.Municipality> data(@PathParam("kpi") String kpi, @PathParam("municipality") String municipality,
                                                           @PathParam("year") String year, @Valid @BeanParam KoladaPaging paging,
                                                           @Context UriInfo uri) {
        return municipalityData(kpi, municipality, year, paging, uri);
    }

    @GET
    @PermitAll
    @Path("/data/kpi/{kpi}/municipality/{municipality}")
    @Operation(operationId = "koladaDataByKpiMunicipality", summary = "Values of key figures for municipalities, every year")
    public KoladaEnvelope<KoladaDataRow.Municipality> dataAllYears(@PathParam("kpi") String kpi, @PathParam("municipality") String municipality,
                                                                   @Valid @BeanParam KoladaPaging paging, @Context UriInfo uri) {
        return municipalityData(kpi, municipality, null, paging, uri);
    }

    @GET
    @PermitAll
    @Path("/data/kpi/{kpi}/year/{year}")
    @Operation(operationId = "koladaDataByKpiYear", summary = "Values of key figures for every municipality in years")
    public KoladaEnvelope<KoladaDataRow.Municipality> dataAllMunicipalities(@PathParam("kpi") String kpi, @PathParam("year") String year,
                                                                            @Valid @BeanParam KoladaPaging paging, @Context UriInfo uri) {
        return municipalityData(kpi, null, year, paging, uri);
    }

    @GET
    @PermitAll
    @Path("/data/municipality/{municipality}/year/{year}")
    @Operation(operationId = "koladaDataByMunicipalityYear", summary = "Values of every key figure for municipalities in years")
    public KoladaEnvelope<KoladaDataRow.Municipality> dataAllKpis(@PathParam("municipality") String municipality, @PathParam("year") String year,
                                                                  @Valid @BeanParam KoladaPaging paging, @Context UriInfo uri) {
        return municipalityData(null, municipality, year, paging, uri);
    }

    @GET
    @PermitAll
    @Path("/oudata/kpi/{kpi}/ou/{ou}/year/{year}")
    @Operation(operationId = "koladaOuDataByKpiOuYear", summary = "Values of key figures for organisational units and years")
    public KoladaEnvelope<KoladaDataRow.OrganisationalUnit> ouData(@PathParam("kpi") String kpi, @PathParam("ou") String ou,
                                                                   @PathParam("year") String year, @Valid @BeanParam KoladaPaging paging,
                                                                   @Context UriInfo uri) {
        return paging.envelope(service.data(kpi, ou, year, OU, AreaKind.ORGANISATIONAL_UNIT, paging),
                KoladaDataRow::organisationalUnit, uri);
    }

    private KoladaEnvelope<KoladaDataRow.Municipality> municipalityData(String kpi, String municipality, String year,
                                                                        KoladaPaging paging, UriInfo uri) {
        return paging.envelope(service.data(kpi, municipality, year, MUNICIPALITY, AreaKind.MUNICIPALITY, paging),
                KoladaDataRow::municipality, uri);
    }
}
