package se.malstyrning.gateway.ratelimit;

/**
 * A token bucket: up to {@code capacity} requests at once, refilled evenly at {@code capacity} per
 * {@code periodNanos}. Thread-safe; time comes from the caller so that tests need not sleep.
 */
final class TokenBucket {

    private final double capacity;
    private final double tokensPerNano;
    private double tokens;
    private long updatedAt;

    TokenBucket(int capacity, long periodNanos, long now) {
        this.capacity = capacity;
        this.tokensPerNano = capacity / (double) periodNanos;
        this.tokens = capacity;
        this.updatedAt = now;
    }

    /** Takes one token; answers 0 when it was there, else the nanoseconds until one will be. */
    synchronized long tryTake(long now) {
        tokens = Math.min(capacity, tokens + (now - updatedAt) * tokensPerNano);
        updatedAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / tokensPerNano);
    }
}
