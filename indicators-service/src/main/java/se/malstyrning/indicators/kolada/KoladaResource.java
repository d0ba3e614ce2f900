package se.malstyrning.indicators.kolada;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The routes, envelope, paging and 25-id rule of Kolada's API v3, so that a Kolada client reads our
 * data (local indicators included) by changing only its base URL. Open data. Errors name Kolada's
 * parameters ({@code per_page}, {@code from_date}, the path segment).
 */
@Path("/indicators/kolada/v3")
@Tag(name = "Kolada-compatible API", description = "Kolada v3 routes and shapes over this service's catalogue, observations and municipalities")
@Produces(MediaType.APPLICATION_JSON)
public class KoladaResource {

    /** 25 ids of at most 39 characters and their commas: longer than any list Kolada itself answers. */
    static final int MAX_SEGMENT = 1000;
    static final int MAX_TITLE = 200;
    static final int MAX_DATE = 10;
    private static final String IDS = "At most 25 ids, comma-separated";
    private static final String TITLE = "Only those whose title contains this text (case-insensitive)";
    private static final String FROM_DATE = "Only rows changed on or after this date (YYYY-MM-DD)";
    private static final String MUNICIPALITIES = "Municipality codes (0665), 0000 for the country, 00LL for a region, or"
            + " municipality group ids (GL06, G100001: the unweighted mean of the members); " + IDS;

    private final KoladaService data;
    private final KoladaMetadataService metadata;

    public KoladaResource(KoladaService data, KoladaMetadataService metadata) {
        this.data = data;
        this.metadata = metadata;
    }

    // Metadata

    @GET
    @PermitAll
    @Path("/kpi")
    @Operation(operationId = "koladaKpis", summary = "Key figures, optionally those whose title contains a text")
    public KoladaEnvelope<KoladaKpi> kpis(@Parameter(description = TITLE) @QueryParam("title") @Size(max = MAX_TITLE) String title,
                                          @BeanParam KoladaPaging paging, @Context UriInfo uri) {
        return paging.envelope(metadata.kpis(null, title, paging), kpi -> kpi, uri);
    }

    @GET
    @PermitAll
    @Path("/kpi/{ids}")
    @Operation(operationId = "koladaKpisById", summary = "Key figures by id, at most 25, comma-separated")
    public KoladaEnvelope<KoladaKpi> kpisById(@Parameter(description = IDS) @PathParam("ids") @Size(max = MAX_SEGMENT) String ids,
                                              @BeanParam KoladaPaging paging, @Context UriInfo uri) {
        return paging.envelope(metadata.kpis(ids, null, paging), kpi -> kpi, uri);
    }

    @GET
    @PermitAll
    @Path("/kpi_groups")
    @Operation(operationId = "koladaKpiGroups", summary = "Groups of key figures: per Agenda 2030 goal, goal area, horizon and quality")
    public KoladaEnvelope<KoladaGroup> kpiGroups(@Parameter(description = TITLE) @QueryParam("title") @Size(max = MAX_TITLE) String title,
                                                 @BeanParam KoladaPaging paging, @Context UriInfo uri) {
        return paging.envelope(metadata.kpiGroups(null, title, paging), group -> group, uri);
    }

    @GET
    @PermitAll
    @Path("/kpi_groups/{ids}")
    @Operation(operationId = "koladaKpiGroupsById", summary = "Groups of key figures by id, at most 25, comma-separated")
    public KoladaEnvelope<KoladaGroup> kpiGroupsById(@Parameter(description = IDS) @PathParam("ids") @Size(max = MAX_SEGMENT) String ids,
                                                     @BeanParam KoladaPaging paging, @Context UriInfo uri) {
        return paging.envelope(metadata.kpiGroups(ids, null, paging), group -> group, uri);
    }

    @GET
    @PermitAll
    @Path("/municipality")
    @Operation(operationId = "koladaMunicipalities", summary = "The 290 municipalities (K), the 21 regions and the country (L)")
    public KoladaEnvelope<KoladaMunicipality> municipalities(@Parameter(description = TITLE) @QueryParam("title") @Size(max = MAX_TITLE) String title,
                                                             @Parameter(description = "K for municipalities, L for regions and the country")
                                                             @QueryParam("type") @Size(max = 1) String type,
                                                             @BeanParam KoladaPaging paging, @Context UriInfo uri) {
        return paging.envelope(metadata.municipalities(null, title, type, paging), municipality -> municipality, uri);
    }

    @GET
    @PermitAll
    @Path("/municipality/{ids}")
    @Operation(operationId = "koladaMunicipalitiesById", summary = "Municipalities, regions or the country by code, at most 25, comma-separated")
    public KoladaEnvelope<KoladaMunicipality> municipalitiesById(@Parameter(description = IDS) @PathParam("ids") @Size(max = MAX_SEGMENT) String ids,
                                                                 @BeanParam KoladaPaging paging, @Context UriInfo uri) {
        return paging.envelope(metadata.municipalities(ids, null, null, paging), municipality -> municipality, uri);
    }

    @GET
    @PermitAll
    @Path("/municipality_groups")
    @Operation(operationId = "koladaMunicipalityGroups", summary = "Municipality groups: per county, all municipalities, defined by an administrator")
    public KoladaEnvelope<KoladaGroup> municipalityGroups(@Parameter(description = TITLE) @QueryParam("title") @Size(max = MAX_TITLE) String title,
                                                          @BeanParam KoladaPaging paging, @Context UriInfo uri) {
        return paging.envelope(metadata.municipalityGroups(null, title, paging), group -> group, uri);
    }

    @GET
    @PermitAll
    @Path("/municipality_groups/{ids}")
    @Operation(operationId = "koladaMunicipalityGroupsById", summary = "Municipality groups by id, at most 25, comma-separated")
    public KoladaEnvelope<KoladaGroup> municipalityGroupsById(@Parameter(description = IDS) @PathParam("ids") @Size(max = MAX_SEGMENT) String ids,
                                                              @BeanParam KoladaPaging paging, @Context UriInfo uri) {
        return paging.envelope(metadata.municipalityGroups(ids, null, paging), group -> group, uri);
    }

    @GET
    @PermitAll
    @Path("/ou")
    @Operation(operationId = "koladaOrganisationalUnits", summary = "The organisational units that report observations; empty where none do")
    public KoladaEnvelope<KoladaOrganisationalUnit> organisationalUnits(@Parameter(description = TITLE) @QueryParam("title") @Size(max = MAX_TITLE) String title,
                                                                        @Parameter(description = "Only the units of this municipality (code)")
                                                                        @QueryParam("municipality") @Size(max = MAX_SEGMENT) String municipality,
                                                                        @BeanParam KoladaPaging paging, @Context UriInfo uri) {
        return paging.envelope(metadata.organisationalUnits(null, title, municipality, paging), unit -> unit, uri);
    }

    @GET
    @PermitAll
    @Path("/ou/{ids}")
    @Operation(operationId = "koladaOrganisationalUnitsById", summary = "Organisational units by id, at most 25, comma-separated")
    public KoladaEnvelope<KoladaOrganisationalUnit> organisationalUnitsById(@Parameter(description = IDS) @PathParam("ids") @Size(max = MAX_SEGMENT) String ids,
                                                                            @BeanParam KoladaPaging paging, @Context UriInfo uri) {
        return paging.envelope(metadata.organisationalUnits(ids, null, null, paging), unit -> unit, uri);
    }

    // Data of municipalities (and municipality groups)

    @GET
    @PermitAll
    @Path("/data/kpi/{kpi}/municipality/{municipality}/year/{year}")
    @Operation(operationId = "koladaDataByKpiMunicipalityYear", summary = "Values of key figures for municipalities and years")
    public KoladaEnvelope<KoladaDataRow.Municipality> data(@Parameter(description = IDS) @PathParam("kpi") @Size(max = MAX_SEGMENT) String kpi,
                                                           @Parameter(description = MUNICIPALITIES) @PathParam("municipality") @Size(max = MAX_SEGMENT) String municipality,
                                                           @Parameter(description = IDS) @PathParam("year") @Size(max = MAX_SEGMENT) String year,
                                                           @Parameter(description = FROM_DATE) @QueryParam("from_date") @Size(max = MAX_DATE) String fromDate,
                                                           @BeanParam KoladaPaging paging, @Context UriInfo uri) {
        return municipalityData(kpi, municipality, year, fromDate, paging, uri);
    }

    @GET
    @PermitAll
    @Path("/data/kpi/{kpi}/municipality/{municipality}")
    @Operation(operationId = "koladaDataByKpiMunicipality", summary = "Values of key figures for municipalities, every year")
    public KoladaEnvelope<KoladaDataRow.Municipality> dataAllYears(@Parameter(description = IDS) @PathParam("kpi") @Size(max = MAX_SEGMENT) String kpi,
                                                                   @Parameter(description = MUNICIPALITIES) @PathParam("municipality") @Size(max = MAX_SEGMENT) String municipality,
                                                                   @Parameter(description = FROM_DATE) @QueryParam("from_date") @Size(max = MAX_DATE) String fromDate,
                                                                   @BeanParam KoladaPaging paging, @Context UriInfo uri) {
        return municipalityData(kpi, municipality, null, fromDate, paging, uri);
    }

    @GET
    @PermitAll
    @Path("/data/kpi/{kpi}/year/{year}")
    @Operation(operationId = "koladaDataByKpiYear", summary = "Values of key figures for every municipality, region and the country in years")
    public KoladaEnvelope<KoladaDataRow.Municipality> dataAllMunicipalities(@Parameter(description = IDS) @PathParam("kpi") @Size(max = MAX_SEGMENT) String kpi,
                                                                            @Parameter(description = IDS) @PathParam("year") @Size(max = MAX_SEGMENT) String year,
                                                                            @Parameter(description = FROM_DATE) @QueryParam("from_date") @Size(max = MAX_DATE) String fromDate,
                                                                            @BeanParam KoladaPaging paging, @Context UriInfo uri) {
        return municipalityData(kpi, null, year, fromDate, paging, uri);
    }

    @GET
    @PermitAll
    @Path("/data/municipality/{municipality}/year/{year}")
    @Operation(operationId = "koladaDataByMunicipalityYear", summary = "Values of every key figure for municipalities in years")
    public KoladaEnvelope<KoladaDataRow.Municipality> dataAllKpis(@Parameter(description = MUNICIPALITIES) @PathParam("municipality") @Size(max = MAX_SEGMENT) String municipality,
                                                                  @Parameter(description = IDS) @PathParam("year") @Size(max = MAX_SEGMENT) String year,
                                                                  @Parameter(description = FROM_DATE) @QueryParam("from_date") @Size(max = MAX_DATE) String fromDate,
                                                                  @BeanParam KoladaPaging paging, @Context UriInfo uri) {
        return municipalityData(null, municipality, year, fromDate, paging, uri);
    }

    // Data of organisational units

    @GET
    @PermitAll
    @Path("/oudata/kpi/{kpi}/ou/{ou}/year/{year}")
    @Operation(operationId = "koladaOuDataByKpiOuYear", summary = "Values of key figures for organisational units and years")
    public KoladaEnvelope<KoladaDataRow.OrganisationalUnit> ouData(@Parameter(description = IDS) @PathParam("kpi") @Size(max = MAX_SEGMENT) String kpi,
                                                                   @Parameter(description = IDS) @PathParam("ou") @Size(max = MAX_SEGMENT) String ou,
                                                                   @Parameter(description = IDS) @PathParam("year") @Size(max = MAX_SEGMENT) String year,
                                                                   @Parameter(description = FROM_DATE) @QueryParam("from_date") @Size(max = MAX_DATE) String fromDate,
                                                                   @BeanParam KoladaPaging paging, @Context UriInfo uri) {
        return unitData(kpi, ou, year, fromDate, paging, uri);
    }

    @GET
    @PermitAll
    @Path("/oudata/kpi/{kpi}/ou/{ou}")
    @Operation(operationId = "koladaOuDataByKpiOu", summary = "Values of key figures for organisational units, every year")
    public KoladaEnvelope<KoladaDataRow.OrganisationalUnit> ouDataAllYears(@Parameter(description = IDS) @PathParam("kpi") @Size(max = MAX_SEGMENT) String kpi,
                                                                           @Parameter(description = IDS) @PathParam("ou") @Size(max = MAX_SEGMENT) String ou,
                                                                           @Parameter(description = FROM_DATE) @QueryParam("from_date") @Size(max = MAX_DATE) String fromDate,
                                                                           @BeanParam KoladaPaging paging, @Context UriInfo uri) {
        return unitData(kpi, ou, null, fromDate, paging, uri);
    }

    @GET
    @PermitAll
    @Path("/oudata/kpi/{kpi}/year/{year}")
    @Operation(operationId = "koladaOuDataByKpiYear", summary = "Values of key figures for every organisational unit in years")
    public KoladaEnvelope<KoladaDataRow.OrganisationalUnit> ouDataAllUnits(@Parameter(description = IDS) @PathParam("kpi") @Size(max = MAX_SEGMENT) String kpi,
                                                                           @Parameter(description = IDS) @PathParam("year") @Size(max = MAX_SEGMENT) String year,
                                                                           @Parameter(description = FROM_DATE) @QueryParam("from_date") @Size(max = MAX_DATE) String fromDate,
                                                                           @BeanParam KoladaPaging paging, @Context UriInfo uri) {
        return unitData(kpi, null, year, fromDate, paging, uri);
    }

    @GET
    @PermitAll
    @Path("/oudata/ou/{ou}/year/{year}")
    @Operation(operationId = "koladaOuDataByOuYear", summary = "Values of every key figure for organisational units in years")
    public KoladaEnvelope<KoladaDataRow.OrganisationalUnit> ouDataAllKpis(@Parameter(description = IDS) @PathParam("ou") @Size(max = MAX_SEGMENT) String ou,
                                                                          @Parameter(description = IDS) @PathParam("year") @Size(max = MAX_SEGMENT) String year,
                                                                          @Parameter(description = FROM_DATE) @QueryParam("from_date") @Size(max = MAX_DATE) String fromDate,
                                                                          @BeanParam KoladaPaging paging, @Context UriInfo uri) {
        return unitData(null, ou, year, fromDate, paging, uri);
    }

    private KoladaEnvelope<KoladaDataRow.Municipality> municipalityData(String kpi, String municipality, String year, String fromDate,
                                                                        KoladaPaging paging, UriInfo uri) {
        return paging.envelope(data.municipalityData(kpi, municipality, year, fromDate, paging), KoladaDataRow::municipality, uri);
    }

    private KoladaEnvelope<KoladaDataRow.OrganisationalUnit> unitData(String kpi, String ou, String year, String fromDate,
                                                                      KoladaPaging paging, UriInfo uri) {
        return paging.envelope(data.organisationalUnitData(kpi, ou, year, fromDate, paging), KoladaDataRow::organisationalUnit, uri);
    }
}
