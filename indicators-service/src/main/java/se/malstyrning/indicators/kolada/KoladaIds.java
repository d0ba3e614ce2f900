package se.malstyrning.indicators.kolada;

import se.malstyrning.runtime.problem.ProblemException;

import java.util.Arrays;
import java.util.List;

/** A comma-separated id segment of a Kolada path: at most 25 ids, as in Kolada. */
final class KoladaIds {

    static final int MAX_IDS = 25;

    private KoladaIds() {
    }

    static List<String> split(String segment, String ids) {
        List<String> split = Arrays.stream(ids.split(",")).map(String::strip).filter(id -> !id.isEmpty()).distinct().toList();
        if (split.isEmpty()) {
            throw ProblemException.invalidField(segment, "name at least one id");
        }
        if (split.size() > MAX_IDS) {
            throw ProblemException.invalidField(segment, "at most " + MAX_IDS + " ids, got " + split.size());
        }
        return split;
    }
}
