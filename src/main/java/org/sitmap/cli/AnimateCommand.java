package org.sitmap.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitmap.basemap.BaseMapData;
import org.sitmap.domain.Source;
import org.sitmap.geo.ZoneEngine;
import org.sitmap.publish.MapFiles;
import org.sitmap.publish.MapRenderer;
import org.sitmap.publish.RenderOptions;
import org.sitmap.publish.ReplayFiles;
import org.sitmap.publish.ReplayFrames;
import org.sitmap.task.CancellationFlag;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code animate}: a replay of the period as an animated GIF or an MP4, citing the reports behind each change. */
@Command(name = "animate", description = {"A replay from one day to another as an animated GIF or an H.264 MP4: "
        + "the map at each step with the date large, a progress strip, and a rolling line naming the reports behind "
        + "each change as it appears; every report named is listed in sources.csv beside it.",
        "Days run from the start of --from to the end of --to, in Syria's time (UTC+3)."})
final class AnimateCommand implements Callable<Integer> {
    @ParentCommand
    SitmapCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "First day.")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "Last day.")
    LocalDate to;

    @Option(names = "--out", required = true, paramLabel = "FILE.gif|FILE.mp4", description = "The animation to write.")
    Path out;

    @Option(names = "--step", paramLabel = "6h|1d", description = "Time between frames: hours (6h) or days (1d); default ${DEFAULT-VALUE}.")
    String step = "1d";

    @Option(names = "--fps", paramLabel = "N", description = "Frames per second (default ${DEFAULT-VALUE}).")
    int fps = 4;

    @Mixin
    PublishOptions publish;

    @Override
    public Integer call() throws Exception {
        RenderOptions options;
        ReplayFrames frames;
        try {
            ReplayFiles.Format.of(out);
            Duration d = parseStep(step);
            options = publish.toRenderOptions().withEventWindow(d);
            frames = ReplayFrames.of(from, to, d);
            if (fps < 1 || fps > 60) throw new IllegalArgumentException("--fps must be 1 to 60, was " + fps);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        LoadedSituation s = LoadedSituation.load(root);
        MapRenderer renderer = new MapRenderer(s.dataset(), BaseMapData.loadBundled(), s.provenance());
        long start = System.nanoTime();
        List<Source> cited = ReplayFiles.write(renderer, ZoneEngine.forDataset(s.dataset()), frames, options, fps, out,
                new CancellationFlag().silentProgress());
        var o = spec.commandLine().getOut();
        o.printf("wrote %s: %d frames at %d fps (%d×%d) in %.1f s, citing %d source(s)%n", out, frames.size(), fps,
                options.width(), options.height(), (System.nanoTime() - start) / 1e9, cited.size());
        o.printf("wrote %s%n", MapFiles.sourcesFileBeside(out));
        return 0;
    }

    /** "6h" or "1d" (any number of hours or days). */
    static Duration parseStep(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            if (t.endsWith("h")) return Duration.ofHours(Long.parseLong(t.substring(0, t.length() - 1)));
            if (t.endsWith("d")) return Duration.ofDays(Long.parseLong(t.substring(0, t.length() - 1)));
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("--step must be hours or days such as 6h or 1d, was " + text);
    }
}
