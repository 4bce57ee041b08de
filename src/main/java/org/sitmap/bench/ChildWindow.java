package org.sitmap.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts the real window in a separate JVM (this one's {@code java} and class path) with a fresh or given
 * {@code sitmap.home}, under the display when there is one and under Monocle's headless glass otherwise, and
 * collects what its probe prints ({@link WindowProtocol}).
 */
final class ChildWindow {
    private static final String MONOCLE = "com.sun.glass.ui.monocle.MonoclePlatformFactory";

    private ChildWindow() {
    }

    /** Whether a display is there to open the window on (X11 or Wayland). */
    static boolean hasDisplay() {
        return !System.getenv().getOrDefault("DISPLAY", "").isBlank()
                || !System.getenv().getOrDefault("WAYLAND_DISPLAY", "").isBlank();
    }

    /** Why the window cannot be started here, or null when it can. */
    static String unavailable() {
        if (hasDisplay()) return null;
        try {
            Class.forName(MONOCLE, false, ChildWindow.class.getClassLoader());
            return null;
        } catch (ClassNotFoundException e) {
            return "no display and no Monocle on the class path";
        }
    }

    /** Which toolkit the window ran under, for the report. */
    static String toolkit() {
        return hasDisplay() ? "the display " + System.getenv().getOrDefault("DISPLAY", System.getenv("WAYLAND_DISPLAY"))
                : "Monocle headless (no DISPLAY; software rendering)";
    }

    /** Runs the window with {@code args} over {@code home}; returns the values its probe printed, by key. */
    static Map<String, double[]> run(Path home, Duration timeout, List<String> args) throws IOException, InterruptedException {
        // Without a display, the flags the headless tests use (pom.xml): Monocle's headless glass, Prism's software pipeline.
        List<String> cmd = AppProcess.command(home, hasDisplay() ? List.of() : List.of("-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true"), args);
        Path err = Files.createTempFile("sitmap-bench-window", ".log");
        try {
            Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
            List<String> lines = new ArrayList<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String l; (l = r.readLine()) != null; ) {
                        synchronized (lines) {
                            lines.add(l);
                        }
                    }
                } catch (IOException e) {
                    // the process died: its exit code and stderr say why
                }
            }, "sitmap-bench-window-output");
            reader.start();
            boolean done = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!done) p.destroyForcibly().waitFor();
            reader.join(5_000);
            if (!done || p.exitValue() != 0) {
                List<String> log = Files.readAllLines(err);
                throw new IOException("the window (" + String.join(" ", args) + ") " + (done ? "exited with " + p.exitValue()
                        : "did not finish within " + timeout.toSeconds() + " s") + "; its last output: "
                        + String.join(" | ", log.subList(Math.max(0, log.size() - 8), log.size())));
            }
            synchronized (lines) {
                return WindowProtocol.read(lines);
            }
        } finally {
            Files.deleteIfExists(err);
        }
    }
}
