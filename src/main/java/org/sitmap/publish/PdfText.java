package org.sitmap.publish;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Text for PDF pages in the shipped fonts, embedded (subset) with {@link PDType0Font}. PDFBox neither shapes Arabic
 * nor lays it right to left, so this does both with ICU4J: letters become their presentation forms (initial, medial,
 * final, lam-alef ligatures), then the line is reordered into visual order. Extraction tools map the forms back, so
 * the PDF's text layer reads as the logical Unicode string. Characters neither font has are drawn as "?". One per
 * document; not thread-safe.
 */
final class PdfText {
    private static final ArabicShaping SHAPER = new ArabicShaping(ArabicShaping.LETTERS_SHAPE
            | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK);
    private final Face latin, arabic;

    /** A font with its glyph table, to pick per character. */
    private record Face(PDType0Font font, TrueTypeFont ttf) {
        boolean has(int cp) throws IOException {
            return ttf.getUnicodeCmapLookup().getGlyphId(cp) > 0;
        }
    }

    /** A piece of a visual line in one font. */
    record Run(String text, PDType0Font font) {
    }

    PdfText(PDDocument doc) throws IOException {
        latin = face(doc, PublishFonts.REGULAR);
        arabic = face(doc, PublishFonts.ARABIC);
    }

    private static Face face(PDDocument doc, List<String> candidates) throws IOException {
        byte[] bytes = PublishFonts.bytes(candidates).orElseThrow(() -> new IOException("no shipped font among " + candidates));
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        // PDFBox applies Latin ligatures ("fi") as glyphs with no Unicode mapping: the text layer would lose letters.
        ttf.setEnableGsub(false);
        ttf.disableGsubFeature("liga");
        ttf.disableGsubFeature("clig");
        return new Face(PDType0Font.load(doc, ttf, true), ttf);
    }

    /** The logical string as runs in visual (left-to-right drawing) order, Arabic shaped. */
    List<Run> visual(String logical) throws IOException {
        String shaped;
        try {
            shaped = SHAPER.shape(logical);
        } catch (ArabicShapingException e) {
            shaped = logical;
        }
        Bidi bidi = new Bidi(shaped, Bidi.LEVEL_DEFAULT_LTR);
        String visual = bidi.writeReordered(Bidi.DO_MIRRORING);
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        PDType0Font currentFont = null;
        for (int i = 0; i < visual.length(); ) {
            int cp = visual.codePointAt(i);
            i += Character.charCount(cp);
            PDType0Font f;
            String ch = new String(Character.toChars(cp));
            if (isArabic(cp) && arabic.has(cp)) f = arabic.font();
            else if (latin.has(cp)) f = latin.font();
            else if (arabic.has(cp)) f = arabic.font();
            else {
                f = latin.font();
                ch = Character.isWhitespace(cp) ? " " : "?";
            }
            if (f != currentFont && current.length() > 0) {
                runs.add(new Run(current.toString(), currentFont));
                current.setLength(0);
            }
            currentFont = f;
            current.append(ch);
        }
        if (current.length() > 0) runs.add(new Run(current.toString(), currentFont));
        return runs;
    }

    private static boolean isArabic(int cp) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
        return b == Character.UnicodeBlock.ARABIC || b == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_A
                || b == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_B || b == Character.UnicodeBlock.ARABIC_SUPPLEMENT;
    }

    /** Width of the logical string in points at {@code size}. */
    float width(String logical, float size) throws IOException {
        float w = 0;
        for (Run r : visual(logical)) w += r.font().getStringWidth(r.text()) / 1000f * size;
        return w;
    }

    /** Draws the logical string with its left end at {@code x}, baseline at {@code y}. */
    void draw(PDPageContentStream s, String logical, float x, float y, float size) throws IOException {
        s.beginText();
        s.newLineAtOffset(x, y);
        for (Run r : visual(logical)) {
            s.setFont(r.font(), size);
            s.showText(r.text());
        }
        s.endText();
    }

    /** Splits a logical string into lines no wider than {@code width} points, at spaces (long words are cut). */
    List<String> wrap(String logical, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : logical.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(candidate, size) <= width) {
                    line = new StringBuilder(candidate);
                    continue;
                }
                if (line.length() > 0) lines.add(line.toString());
                line = new StringBuilder(word);
                while (line.length() > 1 && width(line.toString(), size) > width) { // a URL longer than the column
                    int cut = line.length() - 1;
                    while (cut > 1 && width(line.substring(0, cut), size) > width) cut--;
                    lines.add(line.substring(0, cut));
                    line = new StringBuilder(line.substring(cut));
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
