package se.malstyrning.gateway.routing;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;

/**
 * Whether a failure means that no connection to an instance could be made: refused, timed out, no
 * route to it, or its name no longer resolves (a pod that has gone away). Such an instance is
 * unreachable, the request never reached it, and another instance may be asked instead.
 */
final class ConnectFailures {

    private ConnectFailures() {
    }

    static boolean unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
                    || cause instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }
}
