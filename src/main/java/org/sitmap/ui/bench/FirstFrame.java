package org.sitmap.ui.bench;

import java.lang.management.ManagementFactory;
import java.util.function.DoubleConsumer;
import javafx.scene.Scene;

/** Watches for the first frame with zones drawn. FX thread only. */
final class FirstFrame {
    private FirstFrame() {
    }

    /**
     * Calls {@code then} once, at the end of the layout of the first pulse in which the zones layer drew zones, with
     * the milliseconds since the JVM started (the JVM's own start time, so class loading and toolkit start count).
     */
    static void whenDrawn(ProbeTarget window, DoubleConsumer then) {
        Scene scene = window.scene();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        scene.addPostLayoutPulseListener(new Runnable() {
            private boolean done;

            @Override
            public void run() {
                if (done || !window.zonesLayer().hasDrawnZones()) return;
                done = true;
                // Left in place, a no-op from now on: removing it here would upset the scene's iteration.
                then.accept(System.currentTimeMillis() - jvmStart);
            }
        });
    }
}
