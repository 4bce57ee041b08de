package org.sitmap.ui.map;

import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.locationtech.jts.io.WKTReader;
import org.sitmap.domain.ImportedZone;
import org.sitmap.geo.ZoneAgreement;
import org.sitmap.geo.ZoneSnapshot;
import org.sitmap.task.TaskRunner;
import org.sitmap.ui.common.FactionPalette;
import org.sitmap.ui.common.SituationViewModel;
import org.sitmap.ui.common.ZoneShape;

/**
 * Zones imported from another mapper's file (GeoJSON or KML polygons with dates), shown over Sitmap's computed zones or
 * instead of them, with the km² on which the two disagree at the instant shown. Stored zones are read again whenever
 * the dataset is reloaded (after an import); reading, parsing and comparing run in the background. FX thread only.
 */
public final class ImportedZonesViewModel {
    /** How imported zones are shown. */
    public enum Mode {
        OFF("Off"), OVER("Over Sitmap's zones"), INSTEAD("Instead of Sitmap's zones");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Reads the stored imported zones (blocking I/O: called in the background). */
    @FunctionalInterface
    public interface Source {
        List<ImportedZone> load() throws Exception;
    }

    /** An imported zone ready to draw. */
    public record Shape(ImportedZone zone, List<double[]> rings) {
        public Shape {
            rings = List.copyOf(rings);
        }
    }

    private final TaskRunner tasks;
    private final SituationViewModel situation;
    private final Source source;
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.OFF);
    private final ReadOnlyIntegerWrapper stored = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<List<Shape>> shown = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private List<Shape> all = List.of();
    private ZoneSnapshot snapshot;
    /** Counts comparisons started; only the latest one's answer is shown (scrubbing starts many). */
    private long comparison;

    public ImportedZonesViewModel(TaskRunner tasks, SituationViewModel situation, ZonesViewModel zones, Source source) {
        this.tasks = tasks;
        this.situation = situation;
        this.source = source;
        situation.datasetProperty().addListener((o, a, d) -> {
            if (d != null) reload();
        });
        situation.instantProperty().addListener(o -> refreshShown());
        zones.snapshotProperty().addListener((o, a, s) -> {
            snapshot = s;
            compare();
        });
        snapshot = zones.snapshotProperty().get();
        mode.addListener(o -> {
            refreshShown();
            compare();
        });
        if (situation.datasetProperty().get() != null) reload();
    }

    private void reload() {
        tasks.run("Reading imported zones", progress -> shapes(source.load()), shapes -> {
            all = shapes;
            stored.set(shapes.size());
            refreshShown();
            compare();
        }, failure -> summary.set("Imported zones could not be read: " + failure.getMessage()));
    }

    private static List<Shape> shapes(List<ImportedZone> zones) throws Exception {
        WKTReader wkt = new WKTReader();
        List<Shape> out = new ArrayList<>(zones.size());
        for (ImportedZone z : zones) out.add(new Shape(z, ZoneShape.rings(wkt.read(z.wkt()))));
        return out;
    }

    private void refreshShown() {
        Instant at = situation.instantProperty().get();
        shown.set(mode.get() == Mode.OFF || at == null ? List.of()
                : all.stream().filter(s -> s.zone().holdsAt(at)).toList());
    }

    private void compare() {
        long mine = ++comparison;
        ZoneSnapshot s = snapshot;
        if (mode.get() == Mode.OFF || s == null || all.isEmpty()) {
            summary.set("");
            return;
        }
        List<ImportedZone> zones = all.stream().map(Shape::zone).toList();
        FactionPalette palette = situation.paletteProperty().get();
        tasks.run("Comparing imported zones", progress -> ZoneAgreement.byLayer(s, zones), result -> {
            if (mine == comparison) summary.set(text(result, palette));
        }, failure -> {
            if (mine == comparison) summary.set("Imported zones could not be compared: " + failure.getMessage());
        });
    }

    /** One line per layer: the share agreed and the largest disagreements, in km². */
    static String text(Map<String, ZoneAgreement> byLayer, FactionPalette palette) {
        if (byLayer.isEmpty()) return "No imported zone holds at this instant.";
        NumberFormat km2 = NumberFormat.getIntegerInstance(Locale.UK);
        List<String> lines = new ArrayList<>();
        byLayer.values().forEach(a -> {
            StringBuilder line = new StringBuilder(a.layer()).append(": ");
            if (a.comparedKm2() <= 0) {
                line.append("no ground in common with Sitmap's zones");
            } else {
                line.append("agrees with Sitmap on ").append(Math.round(100 * a.agreeingShare())).append(" % of ")
                        .append(km2.format(a.comparedKm2())).append(" km²; differs on ").append(km2.format(a.disagreeingKm2()))
                        .append(" km²");
                a.disagreements().stream().filter(d -> d.km2() >= 0.5).limit(3).forEach(d -> line.append(" · ").append(palette.name(d.imported()))
                        .append(" there, ").append(palette.name(d.sitmap())).append(" in Sitmap: ").append(km2.format(d.km2()))
                        .append(" km²"));
            }
            if (a.unnamedKm2() > 0) line.append(" (").append(km2.format(a.unnamedKm2())).append(" km² with a holder Sitmap does not know)");
            lines.add(line.toString());
        });
        return String.join("\n", lines);
    }

    /** Off, over or instead of the computed zones. */
    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    /** How many imported zones are stored (the menu is enabled when there are any). */
    public ReadOnlyIntegerProperty storedProperty() {
        return stored.getReadOnlyProperty();
    }

    /** The imported zones holding at the instant shown, when the mode is not off. */
    public ReadOnlyObjectProperty<List<Shape>> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The agreement with Sitmap's zones at the instant shown, one line per layer; empty when off. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
