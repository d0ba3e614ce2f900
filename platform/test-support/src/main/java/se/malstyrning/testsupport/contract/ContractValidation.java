package se.malstyrning.testsupport.contract;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Installs the {@link ContractValidationFilter} in every {@code @QuarkusTest} of a service, for the
 * API whose document the service serves ({@code quarkus.smallrye-openapi.path} of the form
 * {@code /{api}/v1/openapi}). Registered through {@code META-INF/services}, so each service's tests
 * get it by depending on test-support.
 */
public class ContractValidation implements QuarkusTestBeforeEachCallback {

    private static final Pattern SERVICE_DOCUMENT = Pattern.compile("^/([a-z]+)/v\\d+/openapi$");
    private static ContractValidationFilter filter;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        synchronized (ContractValidation.class) {
            if (filter == null) {
                Optional<String> path = ConfigProvider.getConfig().getOptionalValue("quarkus.smallrye-openapi.path", String.class);
                Matcher document = SERVICE_DOCUMENT.matcher(path.orElse(""));
                if (!document.matches()) {
                    return;
                }
                filter = ContractValidationFilter.forApi(document.group(1));
            }
            if (!RestAssured.filters().contains(filter)) {
                RestAssured.filters(filter);
            }
        }
    }
}
