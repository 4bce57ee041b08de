package org.sitmap.interop;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that refuses lines longer than a limit, so a corrupt file (a missing quote, a binary blob) fails with a
 * located message instead of filling memory. Counts lines (1-based) as it goes.
 */
public final class BoundedLineReader extends FilterReader {
    /** Thrown when a line exceeds the limit. */
    public static final class LineTooLongException extends IOException {
        private final long line;

        LineTooLongException(long line, int limit) {
            super("line longer than " + limit + " characters (a missing closing quote, or not a text file?)");
            this.line = line;
        }

        public long line() {
            return line;
        }
    }

    /** One million characters: far longer than any real CSV row or KML line. */
    public static final int DEFAULT_LIMIT = 1_000_000;

    private final int limit;
    private long line = 1;
    private int column;

    public BoundedLineReader(Reader in, int limit) {
        super(in);
        this.limit = limit;
    }

    /** The 1-based line the reader is on. */
    public long line() {
        return line;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) count((char) c);
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        for (int i = 0; i < n; i++) count(buf[off + i]);
        return n;
    }

    private void count(char c) throws LineTooLongException {
        if (c == '\n') {
            line++;
            column = 0;
        } else if (++column > limit) {
            throw new LineTooLongException(line, limit);
        }
    }
}
