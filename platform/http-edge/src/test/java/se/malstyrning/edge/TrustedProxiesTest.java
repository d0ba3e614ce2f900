package se.malstyrning.edge;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TrustedProxiesTest {

    @Test
    void shouldTakeAddressesAndNetworksAsTheyAre() {
        assertEquals(List.of(), TrustedProxies.names(List.of("127.0.0.1", "[::1]", "10.0.0.0/8", "::1/128",
                "2001:db8::/32", "192.0.2.7:8084", "[2001:db8::7]:8084", "[0:0:0:0:0:0:0:1]", "localhost", " 10.1.2.3 ")));
    }

    @Test
    void shouldRefuseAnIpv6AddressWithoutBracketsWhichQuarkusReadsAsTheHostColon() {
        assertEquals(List.of("::1"), TrustedProxies.names(List.of("127.0.0.1", "::1")));
    }

    @Test
    void shouldRefuseHostNamesWhichQuarkusLooksUpOnEveryRequest() {
        assertEquals(List.of("ingress.example", "localhost:8084", "lb"),
                TrustedProxies.names(List.of("ingress.example", "10.0.0.0/8", "localhost:8084", "lb")));
    }
}
