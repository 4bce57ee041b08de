package org.sitmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines read in blocks keep the line-at-a-time contract: terminators, BOM, bad bytes, long lines, the last line. */
class Utf8LinesTest {
    private static List<Utf8Lines.Line> all(byte[] bytes) throws IOException {
        List<Utf8Lines.Line> out = new ArrayList<>();
        try (Utf8Lines lines = new Utf8Lines(new ByteArrayInputStream(bytes))) {
            for (Utf8Lines.Line l; (l = lines.next()) != null; ) out.add(l);
        }
        return out;
    }

    @Test
    void crlfBomAndArabic_areDecoded() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(bom);
        b.write("id,name\r\n1,حلب\n\n2,x".getBytes(StandardCharsets.UTF_8));
        List<Utf8Lines.Line> lines = all(b.toByteArray());
        assertEquals(List.of("id,name", "1,حلب", "", "2,x"), lines.stream().map(Utf8Lines.Line::text).toList());
        assertEquals(4, lines.get(3).number());
    }

    @Test
    void linesAcrossBlockBoundaries_areWhole() throws IOException {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 20_000; i++) s.append("row ").append(i).append(i % 7 == 0 ? ",ü" : "").append('\n');
        List<Utf8Lines.Line> lines = all(s.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(20_000, lines.size());
        assertEquals("row 7,ü", lines.get(7).text());
        assertEquals("row 19998", lines.get(19_998).text());
    }

    @Test
    void badBytes_reportTheirLine_andReadingGoesOn() throws IOException {
        byte[] bytes = {'a', '\n', (byte) 0xC3, '(', '\n', 'b', '\n'};
        List<Utf8Lines.Line> lines = all(bytes);
        assertEquals(3, lines.size());
        assertFalse(lines.get(1).ok());
        assertEquals("b", lines.get(2).text());
    }

    @Test
    void tooLongLine_isReported_notHeld() throws IOException {
        byte[] bytes = new byte[Utf8Lines.MAX_LINE_BYTES + 10 + 3];  // a line over the limit, then "y"
        java.util.Arrays.fill(bytes, (byte) 'x');
        bytes[Utf8Lines.MAX_LINE_BYTES + 10] = '\n';
        bytes[bytes.length - 2] = 'y';
        bytes[bytes.length - 1] = '\n';
        List<Utf8Lines.Line> lines = all(bytes);
        assertFalse(lines.get(0).ok());
        assertEquals("y", lines.get(1).text());
    }

    @Test
    void atEnd_isTrueOnlyAfterALastLineWithoutTerminator() throws IOException {
        try (Utf8Lines lines = new Utf8Lines(new ByteArrayInputStream("a\nb".getBytes(StandardCharsets.UTF_8)))) {
            assertEquals("a", lines.next().text());
            assertFalse(lines.atEnd());
            assertEquals("b", lines.next().text());
            assertTrue(lines.atEnd());
            assertNull(lines.next());
        }
    }
}
