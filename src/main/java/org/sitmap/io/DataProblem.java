package org.sitmap.io;

/**
 * Something wrong in a data file, located so a person can fix it.
 *
 * @param file    file name, e.g. {@code control.jsonl}
 * @param line    1-based line, 0 when the problem concerns the whole file
 * @param message what is wrong, naming the bad value
 */
public record DataProblem(String file, long line, String message) {
    /** Messages quote file content: control characters are escaped here, once for every reader. */
    public DataProblem {
        message = Printable.of(message, 500);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
