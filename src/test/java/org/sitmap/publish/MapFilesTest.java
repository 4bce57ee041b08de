package org.sitmap.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitmap.publish.PublishFixture.ALEPPO;
import static org.sitmap.publish.PublishFixture.ENGINE;
import static org.sitmap.publish.PublishFixture.endOf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.domain.Source;
import org.w3c.dom.NodeList;

/** Map files: the SVG keeps its text, the PNG names its provenance, sources.csv lists every source. */
class MapFilesTest {
    private static final MapRenderer RENDERER = PublishFixture.renderer();
    private static final Instant AT = endOf("2024-12-01");

    @TempDir
    Path dir;

    @Test
    void svgFooter_namesTheFooterSourcesAsText_andPointsToSourcesCsvForTheRest() throws Exception {
        Path svg = dir.resolve("map.svg");
        RenderOptions options = RenderOptions.defaults().withBbox(ALEPPO);
        Citations cited = MapFiles.write(RENDERER, ENGINE.snapshotAt(AT), AT, options, svg);

        String doc = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(doc.contains("<text"), "text kept as text");
        assertTrue(doc.contains("1 December 2024"), "the date as text");
        for (Source s : cited.inFooter()) assertTrue(doc.contains(xml(Citations.label(s))), Citations.label(s));
        assertTrue(cited.more() > 0, "the Aleppo view cites more sources than fit");
        assertTrue(doc.contains("and " + cited.more() + " more: see sources.csv"));
        assertTrue(doc.contains("dataset testdata1234"), "provenance in the SVG");
    }

    @Test
    void sourcesCsv_besideTheImage_listsEverySourceCited() throws Exception {
        Path png = dir.resolve("out/map.png");
        Citations cited = MapFiles.write(RENDERER, ENGINE.snapshotAt(AT), AT,
                RenderOptions.defaults().withBbox(ALEPPO).withSize(800, 450), png);
        List<String> lines = Files.readAllLines(dir.resolve("out/sources.csv"), StandardCharsets.UTF_8);
        assertEquals("id,outlet,title,published,url", lines.get(0));
        assertEquals(cited.all().size(), lines.size() - 1);
        for (Source s : cited.all()) assertTrue(lines.stream().anyMatch(l -> l.startsWith(s.id() + ",")), s.id());
    }

    @Test
    void png_namesTheDatasetAndSoftwareVersionsInTextChunks() throws Exception {
        Path png = dir.resolve("map.png");
        MapFiles.write(RENDERER, ENGINE.snapshotAt(AT), AT, RenderOptions.defaults().withSize(640, 360), png);
        Map<String, String> text = pngText(png);
        assertEquals("Sitmap test", text.get("Software"));
        assertEquals("dataset testdata1234", text.get("Source"));
        assertEquals(640, ImageIO.read(png.toFile()).getWidth());
    }

    static Map<String, String> pngText(Path png) throws Exception {
        ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            reader.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            NodeList entries = root.getElementsByTagName("tEXtEntry");
            Map<String, String> out = new HashMap<>();
            for (int i = 0; i < entries.getLength(); i++) {
                IIOMetadataNode e = (IIOMetadataNode) entries.item(i);
                out.put(e.getAttribute("keyword"), e.getAttribute("value"));
            }
            return out;
        } finally {
            reader.dispose();
        }
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
