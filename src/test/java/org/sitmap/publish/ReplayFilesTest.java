package org.sitmap.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitmap.publish.PublishFixture.ENGINE;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.jcodec.common.DemuxerTrackMeta;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.containers.mp4.demuxer.MP4Demuxer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.domain.Source;
import org.sitmap.task.CancellationFlag;
import org.sitmap.task.TaskRunner;

/** Replays written as GIF and MP4, read back: frame count, delay, duration, provenance, sources. */
class ReplayFilesTest {
    private static final MapRenderer RENDERER = PublishFixture.renderer();
    private static final RenderOptions SMALL = RenderOptions.defaults().withSize(480, 270)
            .withBbox(PublishFixture.ALEPPO);

    @TempDir
    Path dir;

    @Test
    void frames_fifteenDaysAtSixHours_areSixty_theLastAtTheEndOfTheLastDay() {
        ReplayFrames f = ReplayFrames.of(LocalDate.of(2024, 11, 26), LocalDate.of(2024, 12, 10), Duration.ofHours(6));
        assertEquals(60, f.size());
        assertEquals(PublishFixture.endOf("2024-12-10"), f.at(59));
        assertEquals("10 December 2024", f.label(59));
        assertEquals("26 November 2024, 06:00", f.label(0));
    }

    @Test
    void gif_hasOneFramePerStep_withTheDelayOfTheFrameRate_loopingAndNamingItsProvenance() throws Exception {
        Path gif = dir.resolve("replay.gif");
        ReplayFrames frames = ReplayFrames.of(LocalDate.of(2024, 11, 29), LocalDate.of(2024, 11, 30), Duration.ofHours(12));
        List<Source> cited = ReplayFiles.write(RENDERER, ENGINE, frames, SMALL, 2, gif, new CancellationFlag().silentProgress());

        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertEquals(4, reader.getNumImages(true));
            for (int i = 0; i < 4; i++) {
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode control = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
                assertEquals("50", control.getAttribute("delayTime"), "frame " + i);
            }
            IIOMetadataNode first = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            assertEquals("NETSCAPE", ((IIOMetadataNode) first.getElementsByTagName("ApplicationExtension").item(0))
                    .getAttribute("applicationID"));
            String comment = ((IIOMetadataNode) first.getElementsByTagName("CommentExtension").item(0)).getAttribute("value");
            assertTrue(comment.contains("dataset testdata1234") && comment.contains("Sitmap test"), comment);
            assertEquals(480, reader.getWidth(0));
        } finally {
            reader.dispose();
        }
        assertFalse(cited.isEmpty(), "Aleppo changed hands on 29–30 November: the line cites those reports");
        assertEquals(cited.size() + 1, Files.readAllLines(dir.resolve("sources.csv")).size());
    }

    @Test
    void mp4_lastsFramesOverFrameRate_readBackWithJCodec() throws Exception {
        Path mp4 = dir.resolve("replay.mp4");
        ReplayFrames frames = ReplayFrames.of(LocalDate.of(2024, 11, 27), LocalDate.of(2024, 12, 2), Duration.ofDays(1));
        ReplayFiles.write(RENDERER, ENGINE, frames, SMALL, 3, mp4, new CancellationFlag().silentProgress());

        try (SeekableByteChannel ch = NIOUtils.readableChannel(mp4.toFile())) {
            DemuxerTrackMeta meta = MP4Demuxer.createMP4Demuxer(ch).getVideoTracks().get(0).getMeta();
            assertEquals(6, meta.getTotalFrames());
            assertEquals(2.0, meta.getTotalDuration(), 0.01);
        }
    }

    @Test
    void cancelling_stopsTheReplay_andLeavesNoPartialFile() {
        Path gif = dir.resolve("cancelled.gif");
        ReplayFrames frames = ReplayFrames.of(LocalDate.of(2024, 11, 27), LocalDate.of(2024, 12, 5), Duration.ofDays(1));
        TaskRunner.Progress cancelAfterTwo = new TaskRunner.Progress() {
            long done;

            @Override
            public void update(long d, long total, String message) {
                done = d;
            }

            @Override
            public boolean isCancelled() {
                return done >= 2;
            }
        };
        assertThrows(CancellationException.class,
                () -> ReplayFiles.write(RENDERER, ENGINE, frames, SMALL, 2, gif, cancelAfterTwo));
        assertFalse(Files.exists(gif));
    }
}
