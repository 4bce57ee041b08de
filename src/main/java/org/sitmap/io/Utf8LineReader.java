package org.sitmap.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * A {@link Reader} over strict UTF-8 that knows its lines: bytes that are not UTF-8, or a line over
 * {@link Utf8Lines#MAX_LINE_BYTES}, stop it with a {@link BadLineException} naming the line, where a plain
 * decoder would fail with "Input length = 1" somewhere ahead of the parser. A BOM at the start is dropped.
 */
public final class Utf8LineReader extends Reader {
    /** A line that cannot be read as text, with its 1-based number. */
    public static final class BadLineException extends IOException {
        private final long line;

        BadLineException(long line, String message) {
            super(message);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }

    private final Utf8Lines lines;
    private String current = "";
    private int position;
    private boolean eof;

    public Utf8LineReader(InputStream in) {
        this.lines = new Utf8Lines(in);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) return 0;
        while (position >= current.length()) {
            if (eof) return -1;
            Utf8Lines.Line l = lines.next();
            if (l == null) {
                eof = true;
                return -1;
            }
            if (!l.ok()) throw new BadLineException(l.number(), l.error());
            // No terminator is invented after a last line that had none, so a parser's end of file is on that line.
            current = lines.atEnd() ? l.text() : l.text() + "\n";
            position = 0;
        }
        int n = Math.min(length, current.length() - position);
        current.getChars(position, position + n, buffer, offset);
        position += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
