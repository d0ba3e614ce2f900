package se.malstyrning.followup.client;

import jakarta.ws.rs.WebApplicationException;
import se.malstyrning.runtime.problem.ProblemException;
import se.malstyrning.runtime.problem.ProblemType;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Tells an owner's answers from its failures. A 4xx is an answer and becomes a {@link ProblemException}
 * (which fault tolerance neither retries nor counts), a 404 on a lookup an empty result; anything else
 * is a failure that is retried and may open the circuit.
 */
final class OwnerAnswers {

    private OwnerAnswers() {
    }

    static <T> Optional<T> notFoundAsEmpty(String owner, Supplier<T> call) {
        try {
            return Optional.of(call.get());
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw answerOrFailure(owner, e);
        }
    }

    static RuntimeException answerOrFailure(String owner, WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 409) {
            return new ProblemException(ProblemType.CONFLICT, owner + " refused the change as conflicting with its state");
        }
        if (status == 401 || status == 403) {
            return new ProblemException(ProblemType.FORBIDDEN, owner + " does not let you see or change this");
        }
        if (status >= 400 && status < 500) {
            return new ProblemException(ProblemType.UNPROCESSABLE, owner + " refused the request (" + status + ")");
        }
        return e;
    }
}
