package org.sitmap.publish;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.jcodec.api.awt.AWTSequenceEncoder;

/**
 * An H.264 MP4 through JCodec, a pure-Java encoder (no ffmpeg): frames at a fixed rate. Frame sizes must be even.
 * Not thread-safe; close it to finish the file.
 */
final class Mp4Writer implements ReplayFiles.FrameSink {
    private final AWTSequenceEncoder encoder;

    Mp4Writer(Path file, int fps) throws IOException {
        this.encoder = AWTSequenceEncoder.createSequenceEncoder(file.toFile(), fps);
    }

    @Override
    public void add(BufferedImage frame) throws IOException {
        encoder.encodeImage(frame);
    }

    @Override
    public void close() throws IOException {
        encoder.finish();
    }
}
