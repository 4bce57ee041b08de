package org.sitmap.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitmap.publish.PublishFixture.DATA;
import static org.sitmap.publish.PublishFixture.ENGINE;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.domain.Citation;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.Locality;
import org.sitmap.domain.Source;
import org.sitmap.task.CancellationFlag;

/** The area dossier PDF, read back through its text layer and document information. */
class DossierWriterTest {
    @TempDir
    static Path dir;
    private static final Locality TAL_RIFAAT = DATA.locality("gn163476").orElseThrow();
    private static String text;
    private static PDDocument pdf;

    @BeforeAll
    static void write() throws Exception {
        Path out = dir.resolve("tal-rifaat.pdf");
        DossierWriter.write(PublishFixture.renderer(), ENGINE, TAL_RIFAAT, 10, out, new CancellationFlag().silentProgress());
        pdf = Loader.loadPDF(out.toFile());
        text = new PDFTextStripper().getText(pdf);
    }

    @Test
    void arabicName_extractsAsTheLogicalUnicodeString() {
        assertEquals("تل رفعت", TAL_RIFAAT.nameAr());
        assertTrue(text.contains("تل رفعت"), "Arabic name in the text layer: " + text.substring(0, 200));
    }

    @Test
    void controlHistory_namesEveryChangeWithItsSources_andTheirUrlsAndExcerpts() {
        for (ControlChange c : DATA.changes()) {
            if (!c.localityId().equals(TAL_RIFAAT.id())) continue;
            for (Citation cit : c.citations()) {
                Source s = DATA.source(cit.sourceId()).orElseThrow();
                assertTrue(text.contains("[" + s.id() + "]"), s.id());
                String start = s.url().substring(0, Math.min(30, s.url().length()));
                assertTrue(text.contains(start), "URL of " + s.id());
                if (!cit.excerpt().isEmpty()) {
                    String words = cit.excerpt().split(" ")[0] + " " + cit.excerpt().split(" ")[1];
                    assertTrue(text.replace("\n", " ").contains(words), "excerpt of " + s.id() + ": " + words);
                }
            }
        }
        assertTrue(text.contains("captured"));
    }

    @Test
    void documentInformation_namesTheDatasetAndSoftwareVersions() {
        assertEquals("Sitmap test", pdf.getDocumentInformation().getCreator());
        assertEquals("testdata1234", pdf.getDocumentInformation().getCustomMetadataValue("SitmapDataset"));
        assertTrue(pdf.getDocumentInformation().getTitle().contains("Tall Rif"));
    }

    @Test
    void fonts_areEmbedded() throws Exception {
        var resources = pdf.getPage(0).getResources();
        int fonts = 0;
        for (var name : resources.getFontNames()) {
            assertTrue(resources.getFont(name).isEmbedded(), name.getName());
            fonts++;
        }
        assertTrue(fonts >= 2, "Latin and Arabic fonts");
    }
}
