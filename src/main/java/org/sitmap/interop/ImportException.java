package org.sitmap.interop;

import java.util.List;
import java.util.stream.Collectors;
import org.sitmap.io.DataProblem;

/** An import refused because of bad input; the store is left as it was. Carries every problem found, located. */
public final class ImportException extends Exception {
    private final transient List<DataProblem> problems;

    public ImportException(List<DataProblem> problems) {
        super(problems.stream().map(DataProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public ImportException(DataProblem problem) {
        this(List.of(problem));
    }

    /** The problems, each {@code file:line: message}. */
    public List<DataProblem> problems() {
        return problems;
    }
}
