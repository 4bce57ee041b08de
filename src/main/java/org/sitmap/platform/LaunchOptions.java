package org.sitmap.platform;

import java.util.List;

/**
 * The JVM options Sitmap is started with: by the installer's launcher ({@code installer/package.sh}), by the README's
 * command and by {@code bench} for the processes it times. {@code LaunchOptionsTest} keeps the first two in step.
 *
 * <p>Only the C1 compiler: on the 2-core machines Sitmap targets, C2's compiling competes with the window for a core
 * while the app starts and first scrubs, and the app's work is short. Measured with {@code bench}'s probes on 2 cores:
 * the shipped warm start 3.2 → 2.4 s and the first start 3.9 → 2.8 s, the scale-100 first start 16.2 → 11.1 s, scrub
 * latency the same, an ACLED import faster (43,200 → 67,227 rows/s), precomputing every scale-100 snapshot slower
 * (8.0 → 9.8 s, in the background).
 */
public final class LaunchOptions {
    public static final List<String> JVM = List.of("-XX:TieredStopAtLevel=1");

    private LaunchOptions() {
    }
}
