package org.sitmap.io;

/** Decodes a whole small file as UTF-8, reporting each line that is not valid UTF-8 (by number) and dropping a BOM. */
final class TextCheck {
    interface Reporter {
        void problem(String file, long line, String message);
    }

    private TextCheck() {
    }

    static String decode(byte[] bytes, String file, Reporter report) throws java.io.IOException {
        StringBuilder text = new StringBuilder(bytes.length);
        try (Utf8Lines lines = new Utf8Lines(new java.io.ByteArrayInputStream(bytes))) {
            for (Utf8Lines.Line l; (l = lines.next()) != null; ) {
                if (l.ok()) text.append(l.text());
                else report.problem(file, l.number(), l.error());
                text.append('\n');
            }
        }
        return text.toString();
    }
}
