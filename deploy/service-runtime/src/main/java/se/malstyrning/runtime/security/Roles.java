package se.malstyrning.runtime.security;

/** The realm roles every service understands. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String STRATEGIST = "strategist";
    public static final String BOARD_EDITOR = "board-editor";
    public static final String READER = "reader";

    private Roles() {
    }
}
