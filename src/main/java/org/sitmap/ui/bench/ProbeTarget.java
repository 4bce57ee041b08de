package org.sitmap.ui.bench;

import javafx.scene.Scene;
import javafx.scene.control.Slider;
import org.sitmap.ui.common.FxTaskRunner;
import org.sitmap.ui.common.SituationViewModel;
import org.sitmap.ui.map.ZonesLayer;
import org.sitmap.ui.map.ZonesViewModel;

/**
 * The parts of the real window a {@link WindowProbe} watches or drives, handed over by the root that assembles it.
 *
 * @param scene      the window's scene, whose pulses end a measurement
 * @param situation  the loaded data, its zone engine and the current instant
 * @param zones      the zones shown and the instant they show
 * @param zonesLayer the layer that draws them
 * @param slider     the timeline's slider
 * @param tasks      the background work, to see when the window is idle
 */
public record ProbeTarget(Scene scene, SituationViewModel situation, ZonesViewModel zones, ZonesLayer zonesLayer,
                          Slider slider, FxTaskRunner tasks) {
}
