package org.sitmap.io;

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
    /** Read ahead in blocks and scanned for line ends: a byte at a time through a stream was most of an import's time. */
    private final byte[] block = new byte[1 << 16];
    private int blockPos, blockEnd;
    private byte[] line = new byte[512];
    private int lineLength;
    private long number;
    private boolean eof;

    public Utf8Lines(InputStream in) {
        this.in = in;
    }

    /** The next line without its terminator ({@code \n} or {@code \r\n}), or null at the end. */
    public Line next() throws IOException {
        if (eof) return null;
        lineLength = 0;
        boolean tooLong = false, ended = false;
        while (!ended) {
            if (blockPos == blockEnd && !fill()) break;
            int nl = blockPos;
            while (nl < blockEnd && block[nl] != '\n') nl++;
            int n = nl - blockPos;
            if (lineLength + n > MAX_LINE_BYTES) {
                tooLong = true;
                n = MAX_LINE_BYTES - lineLength;
            }
            append(blockPos, n);
            ended = nl < blockEnd;
            blockPos = ended ? nl + 1 : blockEnd;
        }
        if (!ended && lineLength == 0 && !tooLong) return null;
        number++;
        if (tooLong) return new Line(number, null, "line is longer than " + MAX_LINE_BYTES / (1 << 20) + " MB (a missing closing quote, or not a text file?)");
        int start = number == 1 && startsWithBom(line, lineLength) ? 3 : 0;
        int end = lineLength > start && line[lineLength - 1] == '\r' ? lineLength - 1 : lineLength;
        if (ascii(start, end)) return new Line(number, new String(line, start, end - start, StandardCharsets.ISO_8859_1), null);
        try {
            return new Line(number, decoder.decode(ByteBuffer.wrap(line, start, end - start)).toString(), null);
        } catch (CharacterCodingException e) {
            return new Line(number, null, "not valid UTF-8 text (save the file as UTF-8)");
        }
    }

    /** Reads the next block; false (and at the end) when the input has no more. */
    private boolean fill() throws IOException {
        int n = in.read(block, 0, block.length);
        if (n <= 0) {
            eof = true;
            return false;
        }
        blockPos = 0;
        blockEnd = n;
        return true;
    }

    private void append(int from, int n) {
        if (n <= 0) return;
        if (lineLength + n > line.length) line = java.util.Arrays.copyOf(line, Math.max(lineLength + n, line.length * 2));
        System.arraycopy(block, from, line, lineLength, n);
        lineLength += n;
    }

    /** Plain ASCII, the common case: decoded without a decoder (every byte is its own character). */
    private boolean ascii(int start, int end) {
        for (int i = start; i < end; i++) if (line[i] < 0) return false;
        return true;
    }

    /** True once the input ended; after a line, it means that line had no terminator. */
    public boolean atEnd() {
        return eof;
    }

    private static boolean startsWithBom(byte[] b, int length) {
        return length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
