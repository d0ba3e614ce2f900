package se.malstyrning.indicators.kolada;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import se.malstyrning.runtime.paging.Page;
import se.malstyrning.runtime.problem.ProblemException;
import se.malstyrning.runtime.rest.PublicAddresses;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Kolada's {@code page} (from 1) and {@code per_page} (at most 5000) parameters, and the envelope they
 * produce. Read as text so that a bad value is a problem naming Kolada's parameter, not a Java field.
 */
public class KoladaPaging {

    public static final int MAX_PER_PAGE = 5000;
    private static final int MAX_PAGE = 1_000_000;

    @QueryParam("page")
    @Parameter(description = "Page number, from 1", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "1000000", defaultValue = "1"))
    public String page;

    @QueryParam("per_page")
    @Parameter(description = "Values per page, at most " + MAX_PER_PAGE,
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "5000", defaultValue = "5000"))
    public String perPage;

    int page() {
        return parse("page", page, 1, MAX_PAGE, 1);
    }

    int perPage() {
        return parse("per_page", perPage, 1, MAX_PER_PAGE, MAX_PER_PAGE);
    }

    int offset() {
        return (page() - 1) * perPage();
    }

    <T, R> KoladaEnvelope<R> envelope(Page<T> result, Function<T, R> shape, UriInfo uri) {
        List<R> values = result.items().stream().map(shape).toList();
        String next = result.hasMore() ? link(uri, page() + 1) : null;
        String previous = page() > 1 ? link(uri, page() - 1) : null;
        return new KoladaEnvelope<>(result.total(), values, next, previous);
    }

    /** One page of a list held in memory. */
    <T> Page<T> slice(List<T> all) {
        int from = (int) Math.min(all.size(), (long) offset());
        int to = (int) Math.min(all.size(), (long) from + perPage());
        return new Page<>(all.subList(from, to), all.size(), perPage(), offset());
    }

    /**
     * The request's address as it came (a comma-separated id segment stays as the client wrote it, as in
     * Kolada's links) with the other page and the same page size.
     */
    private String link(UriInfo uri, int toPage) {
        URI request = uri.getRequestUri();
        List<String> query = new ArrayList<>();
        if (request.getRawQuery() != null) {
            Arrays.stream(request.getRawQuery().split("&"))
                    .filter(parameter -> !parameter.isEmpty() && !parameter.startsWith("page=") && !parameter.startsWith("per_page=")
                            && !parameter.equals("page") && !parameter.equals("per_page"))
                    .forEach(query::add);
        }
        query.add("page=" + toPage);
        query.add("per_page=" + perPage());
        // On the suite's public address, never on the Host the caller sent (PublicAddresses).
        return PublicAddresses.of(request.getRawPath() + "?" + String.join("&", query)).toString();
    }

    private static int parse(String name, String text, int min, int max, int absent) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value < min || value > max) {
                throw ProblemException.invalidField(name, "must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(name, "'" + text + "' is not a whole number");
        }
    }
}
