package org.sitmap.ui;

/**
 * How often JavaFX runs its pulse (CSS, layout, then rendering) while something changes: 120 times a second rather than
 * the toolkit's 60. A change waits for the next pulse to be shown; at 60 Hz that wait alone is up to a frame, so with
 * the slider moved at a random moment its 95th percentile is 15.9 ms, and the scrub target (issue 18: p95 under 16 ms
 * from the slider's change to the pulse that shows it) could not be met by any amount of faster work. At 120 Hz the
 * wait is at most 8.3 ms. With software rendering (no GPU) there is no vertical sync, so the frame reaches the screen
 * that much sooner; with a GPU and vertical sync, JavaFX skips a pulse while the last frame is still being presented.
 * The cost: the toolkit's timer wakes the FX thread at its rate even when nothing changes (an idle window under Xvfb,
 * 0.16 s of CPU in 10 s against 0.09 s at 60 Hz). Playback still advances at most 60 times a second
 * ({@code TimelineBar}). JavaFX prints "Setting PULSE_DURATION to 120 hz" on standard error when it starts.
 */
public final class FramePacing {
    /** JavaFX's own setting, read once when the toolkit starts. */
    static final String PULSE_PROPERTY = "javafx.animation.pulse";
    static final int PULSE_HZ = 120;

    private FramePacing() {
    }

    /** Sets the pulse rate unless the user set one ({@code -Djavafx.animation.pulse=60}). Call before the toolkit starts. */
    static void apply() {
        if (System.getProperty(PULSE_PROPERTY) == null) System.setProperty(PULSE_PROPERTY, Integer.toString(PULSE_HZ));
    }
}
