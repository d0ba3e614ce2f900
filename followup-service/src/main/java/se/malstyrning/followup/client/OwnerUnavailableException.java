package se.malstyrning.followup.client;

/** The service that owns the data asked for did not answer in time; the caller may retry later. */
public class OwnerUnavailableException extends RuntimeException {

    static final int RETRY_AFTER_SECONDS = 30;

    private final String owner;

    public OwnerUnavailableException(String owner) {
        super(owner + " is unavailable", null, false, false);
        this.owner = owner;
    }

    public String owner() {
        return owner;
    }
}
