package org.sitmap.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.sitmap.basemap.BaseMapData;
import org.sitmap.geo.ZoneEngine;
import org.sitmap.publish.Citations;
import org.sitmap.publish.MapFiles;
import org.sitmap.publish.MapRenderer;
import org.sitmap.publish.RenderOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code render}: the map at a date as a PNG or SVG, with its sources in the footer and in sources.csv beside it. */
@Command(name = "render", description = {"The map at a date as a PNG or SVG image: base map, zones (contested "
        + "hatched), events of the last 24 hours, legend with km² per faction, date, attribution, and a footer "
        + "naming the sources behind the zones shown; every source is listed in sources.csv beside the image.",
        "A date means the end of that day in Syria (UTC+3)."})
final class RenderCommand implements Callable<Integer> {
    @ParentCommand
    SitmapCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    AtDateOptions at;

    @Option(names = "--out", required = true, paramLabel = "FILE.png|FILE.svg", description = "The image to write.")
    Path out;

    @Mixin
    PublishOptions publish;

    @Override
    public Integer call() throws Exception {
        RenderOptions options;
        try {
            options = publish.toRenderOptions();
            MapFiles.Format.of(out);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        LoadedSituation s = LoadedSituation.load(root);
        Instant at = this.at.instant();
        MapRenderer renderer = new MapRenderer(s.dataset(), BaseMapData.loadBundled(), s.provenance());
        Citations cited = MapFiles.write(renderer, ZoneEngine.forDataset(s.dataset()).snapshotAt(at), at, options, out);
        var o = spec.commandLine().getOut();
        o.printf("wrote %s (%d×%d), citing %d source(s), %d named in its footer%n", out, options.width(),
                options.height(), cited.all().size(), cited.inFooter().size());
        o.printf("wrote %s%n", MapFiles.sourcesFileBeside(out));
        return 0;
    }
}
