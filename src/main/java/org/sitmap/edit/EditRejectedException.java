package org.sitmap.edit;

import java.util.List;
import java.util.stream.Collectors;

/** An edit the {@link EditRules} refused; nothing was written. Carries the problems, one per field at fault. */
public final class EditRejectedException extends Exception {
    private final transient List<EditProblem> problems;

    public EditRejectedException(List<EditProblem> problems) {
        super(problems.stream().map(EditProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public EditRejectedException(String message) {
        super(message);
        this.problems = List.of();
    }

    public List<EditProblem> problems() {
        return problems;
    }
}
