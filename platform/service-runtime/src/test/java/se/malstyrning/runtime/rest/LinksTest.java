package se.malstyrning.runtime.rest;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LinksTest {

    private static final UUID ID = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
    private static final UUID OTHER = UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7");

    @Test
    void shouldLinkToTheOwningServicesPathOnThePublicBaseUrl() {
        assertEquals("http://localhost:8080/goals/v1/goals/" + ID, Links.goal(ID).toString());
        assertEquals("http://localhost:8080/indicators/v1/indicators/" + ID, Links.indicator(ID).toString());
        assertEquals("http://localhost:8080/followup/v1/consultations/" + ID, Links.consultation(ID).toString());
    }

    @Test
    void shouldLinkADecisionUnderItsCase() {
        assertEquals("http://localhost:8080/followup/v1/cases/" + OTHER + "/decisions/" + ID,
                Links.decision(OTHER, ID).toString());
    }

    @Test
    void shouldLinkTheReportOfAFollowUpCycleByItsQuery() {
        assertEquals("http://localhost:8080/followup/v1/reports/goal-fulfilment?cycleId=" + ID,
                Links.goalFulfilmentReport(ID).toString());
    }
}
