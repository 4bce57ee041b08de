package org.sitmap.ui.bench;

/**
 * A measurement {@code sitmap bench} makes inside the real window, started in a child process by a hidden launcher
 * option ({@link org.sitmap.bench.WindowProtocol}). It prints its figures to standard output and exits the
 * application when done.
 */
public interface WindowProbe {
    /** Called on the FX thread once the window is built, before it is shown and before the data loads. */
    void install(ProbeTarget window);
}
