package se.malstyrning.runtime.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RuntimeOpenIdConnectUrlTest {

    private static OpenAPI documentBuiltFor(String discovery) {
        return OASFactory.createOpenAPI().components(OASFactory.createComponents()
                .addSecurityScheme("keycloak", OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.OPENIDCONNECT).openIdConnectUrl(discovery)));
    }

    @Test
    void shouldPointTheSchemeAtTheKeycloakConfiguredAtRunTime() {
        OpenAPI document = documentBuiltFor("http://localhost:8180/realms/malstyrning/.well-known/openid-configuration");

        RuntimeOpenIdConnectUrl.pointAt(document, Optional.of("http://localhost:18180/realms/malstyrning/"));

        assertEquals("http://localhost:18180/realms/malstyrning/.well-known/openid-configuration",
                document.getComponents().getSecuritySchemes().get("keycloak").getOpenIdConnectUrl());
    }

    @Test
    void shouldKeepTheBuiltAddressWithoutAConfiguredServer() {
        OpenAPI document = documentBuiltFor("http://localhost:8180/realms/malstyrning/.well-known/openid-configuration");

        RuntimeOpenIdConnectUrl.pointAt(document, Optional.empty());

        assertEquals("http://localhost:8180/realms/malstyrning/.well-known/openid-configuration",
                document.getComponents().getSecuritySchemes().get("keycloak").getOpenIdConnectUrl());
    }

    @Test
    void shouldPreferThePublicAddressOfKeycloakForBrowsers() {
        assertEquals(Optional.of("https://login.kommun.example/realms/malstyrning"),
                RuntimeOpenIdConnectUrl.realm(Optional.of("https://login.kommun.example/"),
                        Optional.of("http://keycloak:8080/realms/malstyrning")));
    }

    @Test
    void shouldUseTheTrustedRealmWithoutAPublicAddress() {
        assertEquals(Optional.of("http://keycloak:8080/realms/malstyrning"),
                RuntimeOpenIdConnectUrl.realm(Optional.of(" "), Optional.of("http://keycloak:8080/realms/malstyrning")));
    }
}
