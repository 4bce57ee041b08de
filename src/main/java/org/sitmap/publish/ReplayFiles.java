package org.sitmap.publish;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import org.sitmap.domain.Source;
import org.sitmap.geo.ZoneEngine;
import org.sitmap.task.TaskRunner;

/**
 * Writes a replay as an animated GIF or an H.264 MP4 (by the file's extension), and the sources.csv beside it with
 * every report its rolling citation line named. Reports progress per frame; on cancellation it deletes the partial
 * file and throws {@link CancellationException}.
 */
public final class ReplayFiles {
    private ReplayFiles() {
    }

    /** Animation formats. */
    public enum Format {
        GIF, MP4;

        public static Format of(Path file) {
            String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (n.endsWith(".gif")) return GIF;
            if (n.endsWith(".mp4")) return MP4;
            throw new IllegalArgumentException(file.getFileName() + ": the file name must end in .gif or .mp4");
        }
    }

    /** Writes the replay; returns every source its citation line named, newest first. */
    public static List<Source> write(MapRenderer renderer, ZoneEngine engine, ReplayFrames frames,
            RenderOptions options, int fps, Path out, TaskRunner.Progress progress) throws IOException {
        Format format = Format.of(out);
        if (fps < 1 || fps > 60) throw new IllegalArgumentException("fps must be 1 to 60, was " + fps);
        if (format == Format.MP4) options = options.withSize(options.width() & ~1, options.height() & ~1);
        MapFiles.createParent(out);
        ReplayRenderer replay = new ReplayRenderer(renderer, engine, frames, options);
        boolean done = false;
        try (FrameSink sink = format == Format.GIF
                ? new GifWriter(out, Math.max(1, Math.round(100f / fps)), renderer.provenance().line())
                : new Mp4Writer(out, fps)) {
            for (int i = 0; i < frames.size(); i++) {
                if (progress.isCancelled()) throw new CancellationException("replay cancelled");
                sink.add(replay.frame(i));
                progress.update(i + 1, frames.size(), "frame " + (i + 1) + " of " + frames.size());
            }
            done = true;
        } finally {
            if (!done) Files.deleteIfExists(out);
        }
        List<Source> cited = replay.cited();
        MapFiles.writeSourcesCsv(cited, MapFiles.sourcesFileBeside(out));
        return cited;
    }

    /** Where a replay's frames go, in order: a GIF or an MP4 file. */
    interface FrameSink extends AutoCloseable {
        void add(BufferedImage frame) throws IOException;

        @Override
        void close() throws IOException;
    }
}
