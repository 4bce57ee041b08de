package org.sitmap.publish;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Flows headings, paragraphs, table rows and images down A4 pages, starting a new page when one is full. Sizes in
 * points. Not thread-safe; {@link #close()} finishes the last page.
 */
final class PdfFlow implements AutoCloseable {
    static final float MARGIN = 48;
    private final PDDocument doc;
    private final PdfText text;
    private final PDRectangle size = PDRectangle.A4;
    private PDPageContentStream stream;
    private float y;

    PdfFlow(PDDocument doc, PdfText text) throws IOException {
        this.doc = doc;
        this.text = text;
        newPage();
    }

    float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    void heading(String s, float pt) throws IOException {
        space(pt * 0.6f);
        paragraph(s, pt, Color.BLACK);
        space(pt * 0.2f);
    }

    void paragraph(String s, float pt, Color colour) throws IOException {
        for (String line : text.wrap(s, pt, width())) {
            need(pt * 1.35f);
            y -= pt * 1.35f;
            stream.setNonStrokingColor(colour);
            text.draw(stream, line, MARGIN, y + pt * 0.3f, pt);
        }
    }

    void space(float pt) {
        y -= pt;
    }

    /** One table row: each cell wrapped in its column; a thin rule under it. Columns are fractions of the width. */
    void row(String[] cells, float[] fractions, float pt, boolean header) throws IOException {
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < cells.length; i++) {
            List<String> w = text.wrap(cells[i] == null ? "" : cells[i], pt, fractions[i] * width() - 6);
            wrapped.add(w);
            lines = Math.max(lines, w.size());
        }
        float h = lines * pt * 1.3f + 4;
        need(h);
        float x = MARGIN;
        stream.setNonStrokingColor(header ? Color.BLACK : new Color(0x222222));
        for (int i = 0; i < cells.length; i++) {
            float ly = y - pt * 1.05f;
            for (String l : wrapped.get(i)) {
                text.draw(stream, l, x, ly, pt);
                ly -= pt * 1.3f;
            }
            x += fractions[i] * width();
        }
        y -= h;
        stream.setStrokingColor(header ? Color.DARK_GRAY : Color.LIGHT_GRAY);
        stream.setLineWidth(header ? 0.8f : 0.4f);
        stream.moveTo(MARGIN, y + 1);
        stream.lineTo(MARGIN + width(), y + 1);
        stream.stroke();
    }

    /** Images side by side in one row, each {@code widthPt} wide, with a caption under each. */
    void images(List<BufferedImage> images, List<String> captions, float widthPt, float captionPt) throws IOException {
        if (images.isEmpty()) return;
        float h = 0;
        for (BufferedImage i : images) h = Math.max(h, widthPt * i.getHeight() / i.getWidth());
        need(h + captionPt * 2.2f);
        float x = MARGIN;
        for (int k = 0; k < images.size(); k++) {
            BufferedImage img = images.get(k);
            PDImageXObject xo = LosslessFactory.createFromImage(doc, img);
            float ih = widthPt * img.getHeight() / img.getWidth();
            stream.drawImage(xo, x, y - ih, widthPt, ih);
            stream.setNonStrokingColor(Color.DARK_GRAY);
            text.draw(stream, captions.get(k), x, y - ih - captionPt * 1.3f, captionPt);
            x += widthPt + 12;
        }
        y -= h + captionPt * 2.2f;
    }

    private void need(float h) throws IOException {
        if (y - h < MARGIN) newPage();
    }

    private void newPage() throws IOException {
        if (stream != null) stream.close();
        PDPage page = new PDPage(size);
        doc.addPage(page);
        stream = new PDPageContentStream(doc, page);
        y = size.getHeight() - MARGIN;
    }

    @Override
    public void close() throws IOException {
        if (stream != null) stream.close();
        stream = null;
    }
}
