package se.malstyrning.runtime.security;

import java.util.List;

/** The realm roles every service understands. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String STRATEGIST = "strategist";
    public static final String BOARD_EDITOR = "board-editor";
    public static final String READER = "reader";

    public static final List<String> ALL = List.of(ADMIN, STRATEGIST, BOARD_EDITOR, READER);

    /**
     * A narrow role of goals-service's own (a Keycloak client role of the client {@code goals-service},
     * in the token's {@code resource_access.goals-service.roles}): records adoption decisions
     * ({@code POST /goals/v1/adoptions}) and nothing else; it reads no unpublished material. Held by
     * followup-service's client, which records decisions that adopt goals.
     */
    public static final String ADOPT_GOALS = "adopt-goals";

    /**
     * A narrow role of indicators-service's own (a Keycloak client role of the client
     * {@code indicators-service}, in the token's {@code resource_access.indicators-service.roles}): carries
     * a goal's measurement over to its new version ({@code POST /indicators/v1/goals/{goalId}/carry-over})
     * and nothing else. Held by followup-service's client, which records the decisions that adopt new versions.
     */
    public static final String CARRY_OVER_MEASUREMENT = "carry-over-measurement";

    private Roles() {
    }
}
