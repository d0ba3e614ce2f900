package se.malstyrning.runtime.security;

import java.util.List;

/** The realm roles every service understands. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String STRATEGIST = "strategist";
    public static final String BOARD_EDITOR = "board-editor";
    public static final String READER = "reader";

    public static final List<String> ALL = List.of(ADMIN, STRATEGIST, BOARD_EDITOR, READER);

    private Roles() {
    }
}
