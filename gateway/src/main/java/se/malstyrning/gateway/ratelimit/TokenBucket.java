package se.malstyrning.gateway.ratelimit;

/**
 * A token bucket: up to {@code capacity} requests at once, refilled evenly at {@code capacity} per
 * {@code periodNanos}. Thread-safe; time comes from the caller so that tests need not sleep.
 */
final class TokenBucket {

    /**
     * What taking one token left: {@code waitNanos} 0 when it was there (else how long until one
     * will be), the whole tokens remaining, and how long until the bucket is full again.
     */
    record Taken(long waitNanos, long remaining, long fullInNanos) {

        boolean admitted() {
            return waitNanos == 0;
        }
    }

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
    long tryTake(long now) {
        return take(now).waitNanos();
    }

    synchronized Taken take(long now) {
        tokens = Math.min(capacity, tokens + (now - updatedAt) * tokensPerNano);
        updatedAt = now;
        long wait = 0;
        if (tokens >= 1) {
            tokens -= 1;
        } else {
            wait = (long) Math.ceil((1 - tokens) / tokensPerNano);
        }
        return new Taken(wait, (long) Math.floor(tokens), (long) Math.ceil((capacity - tokens) / tokensPerNano));
    }
}
