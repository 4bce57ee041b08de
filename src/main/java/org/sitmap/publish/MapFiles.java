package org.sitmap.publish;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jfree.svg.SVGGraphics2D;
import org.sitmap.domain.Source;
import org.sitmap.geo.ZoneSnapshot;

/**
 * Writes maps to files: PNG (provenance in tEXt chunks), SVG (text kept as text, provenance in its metadata), and
 * the {@code sources.csv} beside them listing every source behind the zones shown.
 */
public final class MapFiles {
    private MapFiles() {
    }

    /** The image format a file name asks for. */
    public enum Format {
        PNG, SVG;

        /** PNG or SVG by the file's extension. */
        public static Format of(Path file) {
            String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (n.endsWith(".png")) return PNG;
            if (n.endsWith(".svg")) return SVG;
            throw new IllegalArgumentException(file.getFileName() + ": the file name must end in .png or .svg");
        }
    }

    /** Renders the map at {@code at} to {@code out} (PNG or SVG by its name) and writes sources.csv beside it. */
    public static Citations write(MapRenderer renderer, ZoneSnapshot snapshot, Instant at, RenderOptions options,
            Path out) throws IOException {
        Format format = Format.of(out);
        createParent(out);
        Citations cited;
        String title = "Control of northern Syria on " + Text.date(at);
        if (format == Format.PNG) {
            RenderedMap map = renderer.render(snapshot, at, options);
            writePng(map.image(), out, renderer.provenance(), title);
            cited = map.citations();
        } else {
            SVGGraphics2D g = new SVGGraphics2D(options.width(), options.height());
            cited = renderer.draw(g, snapshot, at, options);
            writeSvg(g, out, renderer.provenance(), title);
        }
        writeSourcesCsv(cited.all(), sourcesFileBeside(out));
        return cited;
    }

    /** The {@code sources.csv} in the folder of {@code image}. */
    public static Path sourcesFileBeside(Path image) {
        Path parent = image.toAbsolutePath().getParent();
        return parent.resolve(MapFurniture.SOURCES_FILE);
    }

    /** Writes a PNG with tEXt chunks: Title, Software, Source (dataset version) and Creation Time. */
    public static void writePng(BufferedImage image, Path out, Provenance provenance, String title) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (OutputStream os = Files.newOutputStream(out); ImageOutputStream ios = ImageIO.createImageOutputStream(os)) {
            writer.setOutput(ios);
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
            IIOMetadataNode text = new IIOMetadataNode("tEXt");
            text.appendChild(entry("Title", title));
            text.appendChild(entry("Software", provenance.software()));
            text.appendChild(entry("Source", "dataset " + provenance.datasetVersion()));
            text.appendChild(entry("Creation Time", Instant.now().toString()));
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(text);
            meta.mergeTree("javax_imageio_png_1.0", root);
            writer.write(null, new IIOImage(image, null, meta), writer.getDefaultWriteParam());
        } finally {
            writer.dispose();
        }
    }

    private static IIOMetadataNode entry(String key, String value) {
        IIOMetadataNode e = new IIOMetadataNode("tEXtEntry");
        e.setAttribute("keyword", key);
        // tEXt is Latin-1: keep the value to it.
        e.setAttribute("value", value.replaceAll("[^\\x20-\\xFF]", "?"));
        return e;
    }

    /** Writes the SVG document with a title and the provenance in its description. */
    public static void writeSvg(SVGGraphics2D g, Path out, Provenance provenance, String title) throws IOException {
        String doc = g.getSVGDocument();
        int open = doc.indexOf("<svg");
        int end = doc.indexOf('>', open) + 1;
        String meta = "<title>" + escape(title) + "</title><desc>" + escape(provenance.line()) + "</desc>";
        Files.writeString(out, doc.substring(0, end) + meta + doc.substring(end), StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Writes every source as one CSV row: id, outlet, title, published, url. */
    public static void writeSourcesCsv(List<Source> sources, Path out) throws IOException {
        createParent(out);
        try (CSVPrinter p = new CSVPrinter(Files.newBufferedWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader("id", "outlet", "title", "published", "url").get())) {
            for (Source s : sources) p.printRecord(s.id(), s.outlet(), s.title(), s.published(), s.url());
        }
    }

    static void createParent(Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
    }
}
