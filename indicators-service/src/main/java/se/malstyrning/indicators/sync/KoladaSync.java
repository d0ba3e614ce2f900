package se.malstyrning.indicators.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.malstyrning.indicators.catalogue.IndicatorRepository;
import se.malstyrning.indicators.catalogue.IndicatorSource;
import se.malstyrning.indicators.client.Kolada;
import se.malstyrning.indicators.imports.ImportFormat;
import se.malstyrning.indicators.imports.ImportService;
import se.malstyrning.runtime.problem.ProblemException;
import se.malstyrning.runtime.problem.ProblemType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Fetches the observations of the catalogue's Kolada key figures for the configured municipalities
 * from a Kolada-compatible server, following {@code next_url} page by page. Each page is imported
 * like a file (validated, all or nothing, idempotent), so a failed run leaves whole pages behind and
 * the next run completes it.
 */
@ApplicationScoped
public class KoladaSync {

    private static final Logger LOG = Logger.getLogger(KoladaSync.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_IDS = 25;
    private static final String SOURCE = "Kolada";

    private final Kolada kolada;
    private final ImportService imports;
    private final IndicatorRepository indicators;
    private final List<String> municipalities;
    private final SyncRuns runs;

    public KoladaSync(Kolada kolada, ImportService imports, IndicatorRepository indicators, SyncRuns runs,
                      @ConfigProperty(name = "malstyrning.kolada-sync.municipalities") List<String> municipalities) {
        this.runs = runs;
        this.kolada = kolada;
        this.imports = imports;
        this.indicators = indicators;
        this.municipalities = municipalities;
    }

    @Scheduled(identity = "kolada-sync", every = "{malstyrning.kolada-sync.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            SyncResult result = run(SyncTrigger.SCHEDULE);
            LOG.infof("Kolada sync: %d pages, %d created, %d revised, %d unchanged", result.pages(), result.created(),
                    result.revised(), result.unchanged());
        } catch (ProblemException e) {
            LOG.warnf("Kolada sync stopped, the next run continues: %s", e.getMessage());
        }
    }

    /** Runs the sync and records when it ran and what came of it (readable as the last sync), also when it fails. */
    @ActivateRequestContext
    public SyncResult run(SyncTrigger trigger) {
        Instant started = Instant.now();
        SyncResult[] progress = {SyncResult.NOTHING};
        try {
            List<String> kpis = indicators.list("source", IndicatorSource.KOLADA).stream().map(indicator -> indicator.code).sorted().toList();
            for (List<String> kpiChunk : chunks(kpis)) {
                for (List<String> municipalityChunk : chunks(municipalities)) {
                    importPages(kolada.firstPage(String.join(",", kpiChunk), String.join(",", municipalityChunk)), progress);
                }
            }
            runs.record(trigger, started, SyncOutcome.SUCCEEDED, progress[0], null);
            return progress[0];
        } catch (RuntimeException e) {
            runs.record(trigger, started, SyncOutcome.FAILED, progress[0], e instanceof ProblemException problem
                    ? problem.problem().detail() : "the sync stopped unexpectedly; the service's log says why");
            throw e;
        }
    }

    private void importPages(String firstPage, SyncResult[] progress) {
        Set<String> seen = new HashSet<>();
        for (String page = firstPage; page != null; ) {
            progress[0] = progress[0].plus(imports.importFile(ImportFormat.KOLADA_JSON,
                    new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)), SOURCE));
            String next = nextUrl(page);
            page = next != null && seen.add(next) ? kolada.page(next) : null;
        }
    }

    private static String nextUrl(String page) {
        try {
            JsonNode next = JSON.readTree(page).path("next_url");
            return next.isTextual() && !next.asText().isBlank() ? next.asText() : null;
        } catch (JsonProcessingException e) {
            throw new ProblemException(ProblemType.DEPENDENCY_UNAVAILABLE, "Kolada answered with malformed JSON");
        }
    }

    private static List<List<String>> chunks(List<String> ids) {
        return IntStream.range(0, (ids.size() + MAX_IDS - 1) / MAX_IDS)
                .mapToObj(i -> ids.subList(i * MAX_IDS, Math.min(ids.size(), (i + 1) * MAX_IDS))).toList();
    }
}
