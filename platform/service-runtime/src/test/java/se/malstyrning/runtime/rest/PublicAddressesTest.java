package se.malstyrning.runtime.rest;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PublicAddressesTest {

    @Test
    void shouldPutThePathAndQueryOfTheRequestOnThePublicBaseUrl() {
        assertEquals(URI.create("https://malstyrning.example.se/goals/v1/goals?limit=5&offset=10"),
                PublicAddresses.on(URI.create("https://malstyrning.example.se"),
                        URI.create("http://evil.example:8081/goals/v1/goals?limit=5&offset=10")));
    }

    @Test
    void shouldKeepThePathOfTheBaseUrlAndTheEncodingOfTheRequest() {
        assertEquals(URI.create("https://kommun.example.se/api/indicators/v1/observations?area=0665&area=0680&source=Enk%C3%A4t"),
                PublicAddresses.on(URI.create("https://kommun.example.se/api/"),
                        URI.create("/indicators/v1/observations?area=0665&area=0680&source=Enk%C3%A4t")));
    }
}
