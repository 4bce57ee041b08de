package org.sitmap.publish;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated GIF through the JDK's ImageIO: looping forever, each frame with its own palette and the same delay, the
 * provenance in a comment extension. Not thread-safe; close it to finish the file.
 */
final class GifWriter implements ReplayFiles.FrameSink {
    private final ImageWriter writer;
    private final ImageOutputStream out;
    private final int delayCentiseconds;
    private final String comment;
    private boolean first = true;

    GifWriter(Path file, int delayCentiseconds, String comment) throws IOException {
        this.writer = ImageIO.getImageWritersByFormatName("gif").next();
        this.out = ImageIO.createImageOutputStream(file.toFile());
        if (out == null) throw new IOException("cannot write " + file);
        this.delayCentiseconds = delayCentiseconds;
        this.comment = comment;
        writer.setOutput(out);
        writer.prepareWriteSequence(null);
    }

    @Override
    public void add(BufferedImage rgb) throws IOException {
        BufferedImage frame = GifQuantizer.indexed(rgb);
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame),
                writer.getDefaultWriteParam());
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayCentiseconds));
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode apps = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0}); // loop forever
            apps.appendChild(loop);
            IIOMetadataNode comments = child(root, "CommentExtensions");
            IIOMetadataNode c = new IIOMetadataNode("CommentExtension");
            c.setAttribute("value", comment);
            comments.appendChild(c);
            first = false;
        }
        meta.setFromTree(format, root);
        writer.writeToSequence(new IIOImage(frame, null, meta), writer.getDefaultWriteParam());
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) return (IIOMetadataNode) root.item(i);
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }

    @Override
    public void close() throws IOException {
        try {
            writer.endWriteSequence();
        } finally {
            writer.dispose();
            out.close();
        }
    }
}
