package org.sitmap.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitmap.basemap.BaseMapData;
import org.sitmap.domain.Locality;
import org.sitmap.geo.ZoneEngine;
import org.sitmap.publish.DossierWriter;
import org.sitmap.publish.MapRenderer;
import org.sitmap.task.CancellationFlag;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier}: a printable PDF about one place, its control history, the events around it and their sources. */
@Command(name = "dossier", description = {"A printable PDF about one place: maps of its area at the key dates, its "
        + "control history (date, from, to, confidence, sources), every event within --radius km, and the full "
        + "citations with URLs and quoted excerpts. Arabic names are shaped and right to left; fonts are embedded."})
final class DossierCommand implements Callable<Integer> {
    @ParentCommand
    SitmapCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--place", required = true, paramLabel = "NAME|ID", description = "The place: its English or Arabic name, or its id.")
    String place;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "The PDF to write.")
    Path out;

    @Option(names = "--radius", paramLabel = "KM", description = "Events within this distance (default ${DEFAULT-VALUE} km).")
    double radiusKm = 10;

    @Override
    public Integer call() throws Exception {
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            throw new CommandLine.ParameterException(spec.commandLine(), out.getFileName() + ": the file name must end in .pdf");
        }
        if (!(radiusKm > 0 && radiusKm <= 200)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--radius must be above 0 and at most 200 km");
        }
        LoadedSituation s = LoadedSituation.load(root);
        Locality l;
        try {
            l = PlaceLookup.find(s.dataset(), place);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        MapRenderer renderer = new MapRenderer(s.dataset(), BaseMapData.loadBundled(), s.provenance());
        DossierWriter.write(renderer, ZoneEngine.forDataset(s.dataset()), l, radiusKm, out, new CancellationFlag().silentProgress());
        spec.commandLine().getOut().printf("wrote %s: dossier of %s (%s)%n", out, l.nameEn(), l.id());
        return 0;
    }
}
