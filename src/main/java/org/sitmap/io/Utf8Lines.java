package org.sitmap.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a text stream line by line as strict UTF-8: a line that is not valid UTF-8 is reported with its number
 * instead of being silently repaired, and the lines after it are still read. A byte-order mark at the start is
 * dropped. Streams: holds one line at a time, never more than {@link #MAX_LINE_BYTES}. Not thread-safe.
 */
public final class Utf8Lines implements AutoCloseable {
    /** Longer lines are reported, not held: no row of any format we read needs more. */
    public static final int MAX_LINE_BYTES = 1 << 20;

    /** One line: its 1-based number and its text, or why it could not be decoded. */
    public record Line(long number, String text, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private long number;
    private boolean eof;

    public Utf8Lines(InputStream in) {
        this.in = in.markSupported() ? in : new java.io.BufferedInputStream(in, 1 << 16);
    }

    /** The next line without its terminator ({@code \n} or {@code \r\n}), or null at the end. */
    public Line next() throws IOException {
        if (eof) return null;
        buffer.reset();
        boolean tooLong = false;
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (buffer.size() < MAX_LINE_BYTES) buffer.write(b);
            else tooLong = true;
        }
        if (b == -1) {
            eof = true;
            if (buffer.size() == 0 && !tooLong) return null;
        }
        number++;
        if (tooLong) return new Line(number, null, "line is longer than " + MAX_LINE_BYTES / (1 << 20) + " MB (a missing closing quote, or not a text file?)");
        byte[] bytes = buffer.toByteArray();
        int start = number == 1 && startsWithBom(bytes) ? 3 : 0;
        int end = bytes.length > start && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        try {
            return new Line(number, decoder.decode(ByteBuffer.wrap(bytes, start, end - start)).toString(), null);
        } catch (CharacterCodingException e) {
            return new Line(number, null, "not valid UTF-8 text (save the file as UTF-8)");
        }
    }

    /** True once the input ended; after a line, it means that line had no terminator. */
    public boolean atEnd() {
        return eof;
    }

    private static boolean startsWithBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
