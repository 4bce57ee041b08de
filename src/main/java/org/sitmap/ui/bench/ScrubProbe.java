package org.sitmap.ui.bench;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Slider;
import org.sitmap.bench.Stopwatch;
import org.sitmap.bench.WindowProtocol;
import org.sitmap.ui.common.FxTaskRunner;

/**
 * {@code --bench-scrub N}: times scrubbing in the real window. Once the window is idle (data loaded, every snapshot
 * precomputed, no background work), it sets the timeline slider to N random instants one after another, then drags
 * it across the whole period in N steps, one per pulse. A sample runs from setting the slider's value to the end of
 * the layout of the pulse at which the zones view model shows that instant (for the drag: that instant or a later
 * one, since a drag that outruns the zones skips instants); the event markers follow the instant within the same
 * pulse. For each random instant it also reports the application's own share of that time: its listeners at the
 * change plus the showing pulse's scene pass (CSS and layout); the rest is waiting for the pulse. Prints the first
 * frame's time and the samples ({@link WindowProtocol}), then exits.
 *
 * <p>Each value is set at a random moment within a frame, from another thread through the FX queue, as a mouse's
 * events arrive: set right after a pulse, every sample would wait a whole frame for the next one. FX thread only.
 */
public final class ScrubProbe implements WindowProbe {
    private static final long FRAME_MICROS = 16_667;

    private enum Phase { WAITING, RANDOM, DRAG_RESET, DRAG, DONE }

    /** A value set on the slider: the instant it asked for, when, and when the slider's listeners had run. */
    private record Move(Instant at, long nanos, long handledNanos) {
    }

    private final int samples;
    private final Random random = new Random(1);
    private final ScheduledExecutorService input = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sitmap-bench-input");
        t.setDaemon(true);
        return t;
    });
    private final Deque<Move> pending = new ArrayDeque<>();
    private final double[] randomMs, dragMs, randomWorkMs;
    /** When the latest pulse began its scene pass (CSS, layout). */
    private long pulseStartNanos;
    private int randomDone, dragDone, dragSteps, idleChecks;
    private boolean stepQueued;
    private Phase phase = Phase.WAITING;
    private ProbeTarget window;
    private Slider slider;

    /** @param samples random instants, and steps of the drag */
    public ScrubProbe(int samples) {
        this.samples = samples;
        randomMs = new double[samples];
        dragMs = new double[samples];
        randomWorkMs = new double[samples];
    }

    @Override
    public void install(ProbeTarget window) {
        this.window = window;
        this.slider = window.slider();
        FirstFrame.whenDrawn(window, ms -> print(WindowProtocol.FIRST_FRAME_MS, ms));
        window.scene().addPreLayoutPulseListener(() -> pulseStartNanos = System.nanoTime());
        window.scene().addPostLayoutPulseListener(this::afterLayout);
        input.scheduleWithFixedDelay(() -> FxTaskRunner.onFx(this::checkIdle), 500, 250, TimeUnit.MILLISECONDS);
    }

    /** Starts once the window has been idle for a second (four checks in a row). */
    private void checkIdle() {
        if (phase != Phase.WAITING) return;
        boolean idle = window.situation().zoneEngineProperty().get() != null && window.tasks().runningProperty().get() == 0
                && window.zones().shownAtProperty().get() != null && slider.getMax() > 0;
        idleChecks = idle ? idleChecks + 1 : 0;
        if (idleChecks < 4) return;
        phase = Phase.RANDOM;
        queueStep();
    }

    private void queueStep() {
        stepQueued = true;
        input.schedule(() -> FxTaskRunner.onFx(this::step), random.nextInt((int) FRAME_MICROS), TimeUnit.MICROSECONDS);
    }

    private void step() {
        stepQueued = false;
        if (phase == Phase.RANDOM) {
            move(random.nextDouble() * slider.getMax());
        } else if (phase == Phase.DRAG) {
            dragSteps++;
            move(slider.getMax() * dragSteps / samples);
        }
    }

    private void move(double value) {
        long t = System.nanoTime();
        slider.setValue(value);
        pending.add(new Move(window.situation().instantProperty().get(), t, System.nanoTime()));
        Platform.requestNextPulse();  // a value that moves nothing still gets its pulse
    }

    private void afterLayout() {
        Instant shown = window.zones().shownAtProperty().get();
        long now = System.nanoTime();
        switch (phase) {
            case RANDOM -> {
                if (pending.isEmpty() || !pending.peek().at().equals(shown)) return;
                Move m = pending.remove();
                // The app's own share: its listeners at the change, and the showing pulse's scene pass. The rest is
                // waiting for the pulse (the toolkit's tick, 120 Hz: FramePacing; or a previous frame still being rendered).
                randomWorkMs[randomDone] = ((m.handledNanos() - m.nanos()) + (now - pulseStartNanos)) / 1e6;
                randomMs[randomDone++] = (now - m.nanos()) / 1e6;
                if (randomDone < samples) {
                    queueStep();
                } else {
                    phase = Phase.DRAG_RESET;  // to the period's start, untimed
                    move(0);
                }
            }
            case DRAG_RESET -> {
                if (pending.isEmpty() || !pending.peek().at().equals(shown)) return;
                pending.clear();
                phase = Phase.DRAG;
                queueStep();
            }
            case DRAG -> {
                while (!pending.isEmpty() && shown != null && !shown.isBefore(pending.peek().at())) {
                    dragMs[dragDone++] = (now - pending.remove().nanos()) / 1e6;
                }
                if (dragSteps < samples && !stepQueued) queueStep();  // the hand moves on, one step a pulse
                if (dragDone == samples) finish();
            }
            default -> {
            }
        }
    }

    private void finish() {
        phase = Phase.DONE;
        print(WindowProtocol.SCRUB_RANDOM_MS, randomMs);
        print(WindowProtocol.SCRUB_RANDOM_WORK_MS, randomWorkMs);
        print(WindowProtocol.SCRUB_DRAG_MS, dragMs);
        // What the window holds once loaded, every snapshot precomputed and the timeline scrubbed: measured after the
        // samples, so the collections it forces do not change them.
        print(WindowProtocol.WINDOW_HEAP_MB, Stopwatch.usedHeapMb());
        input.shutdownNow();
        Platform.exit();
    }

    private static void print(String key, double... values) {
        System.out.println(WindowProtocol.line(key, values));
        System.out.flush();
    }
}
