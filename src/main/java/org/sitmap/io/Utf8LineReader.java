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
    /** The current line's length, plus one for its terminator when it had one. */
    private int end;
    private int position;
    private boolean eof;

    public Utf8LineReader(InputStream in) {
        this.lines = new Utf8Lines(in);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) return 0;
        while (position >= end) {
            if (eof) return -1;
            Utf8Lines.Line l = lines.next();
            if (l == null) {
                eof = true;
                return -1;
            }
            if (!l.ok()) throw new BadLineException(l.number(), l.error());
            // No terminator is invented after a last line that had none, so a parser's end of file is on that line.
            // The terminator is given after the text rather than appended to it: a copy of every line less.
            current = l.text();
            end = current.length() + (lines.atEnd() ? 0 : 1);
            position = 0;
        }
        int n = Math.min(length, end - position);
        int text = Math.min(n, current.length() - position);
        if (text > 0) current.getChars(position, position + text, buffer, offset);
        if (text < n) buffer[offset + text] = '\n';
        position += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
