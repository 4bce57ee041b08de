package org.sitmap.platform;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 *
 * <p>Loops compiled after about a thousand turns ({@code -XX:Tier3BackEdgeThreshold=1000}; the JVM's default is
 * 60,000, meant to leave time for profiling, which the quick compiler alone does not do): much of a tessellation is
 * loops that run once per tessellation over its lines or faces, and they ran interpreted, a few thousand turns each,
 * until dozens of tessellations had passed. In the shipped data's third to fifth first snapshots (a JFR profile, six
 * processes) interpreted code was 39 % of the samples before and 5 % after (with a threshold of 500); the median
 * of those snapshots, in alternated probe processes: 32.2 → 24.7 ms (14 processes each).
 *
 * <p>On Linux, the heap in transparent huge pages ({@value #TRANSPARENT_HUGE_PAGES}; other platforms' JVMs refuse
 * the option, so it is added only there): memory the JVM touches for the first time costs a page fault per 4 KB page
 * otherwise, about 7 µs each on the 2-core virtual machine Sitmap is measured on (a bare {@code java -version} with a
 * pre-touched 512 MB heap: 1.15–1.25 s, against 0.12–0.13 s without the pre-touch and 0.13–0.30 s with it in huge
 * pages), and a start, a first zone snapshot and a first scrub touch hundreds of megabytes for the first time.
 * Measured with {@code bench}'s first-frame probes, alternated: the shipped first start 1.90 → 1.69 s and warm start
 * 1.72 → 1.48 s (means of 4), the scale-100 first start 4.14 → 3.60 s and warm start 2.86 → 2.01 s (means of 3); the
 * window's peak resident memory 269 → 319 MB (shipped), 1,079 → 1,231 MB (scale-100 warm start).
 *
 * <p>The class-data archive: {@code mvn package} opens the window once headless and has the JVM write the classes it
 * loaded to {@value #CLASS_DATA_ARCHIVE} beside the jar. A JVM started with it maps those classes instead of reading,
 * parsing and verifying them from the jar: the shipped warm start 2.4 → 1.6 s on 2 cores. The JVM accepts the archive
 * only for the very jar it was made from (same path, size and time) and the same JVM build; otherwise it starts
 * without it, just slower.
 */
public final class LaunchOptions {
    /** The options on every platform. */
    public static final List<String> JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:Tier3BackEdgeThreshold=1000");
    /** Linux's option for the heap in transparent huge pages (see above). */
    public static final String TRANSPARENT_HUGE_PAGES = "-XX:+UseTransparentHugePages";
    /** The archive's file name, beside {@code sitmap.jar} (the build writes {@code target/sitmap.jsa}). */
    public static final String CLASS_DATA_ARCHIVE = "sitmap.jsa";

    private LaunchOptions() {
    }

    /** The option that maps the class-data archive. */
    public static String classDataArchive(Path archive) {
        return "-XX:SharedArchiveFile=" + archive;
    }

    /** {@link #JVM}, and on Linux {@link #TRANSPARENT_HUGE_PAGES}. */
    public static List<String> forThisPlatform() {
        List<String> options = new ArrayList<>(JVM);
        if (System.getProperty("os.name", "").startsWith("Linux")) options.add(TRANSPARENT_HUGE_PAGES);
        return List.copyOf(options);
    }

    /**
     * The options for a JVM that runs Sitmap from {@code classPath}: {@link #forThisPlatform()}, and the class-data
     * archive when the class path is one jar with the build's archive beside it (not when running from classes, as
     * the tests do).
     */
    public static List<String> forClassPath(String classPath) {
        List<String> options = new ArrayList<>(forThisPlatform());
        if (!classPath.isEmpty() && !classPath.contains(File.pathSeparator) && classPath.endsWith(".jar")) {
            Path archive = Path.of(classPath).toAbsolutePath().resolveSibling(CLASS_DATA_ARCHIVE);
            if (Files.isRegularFile(archive)) options.add(classDataArchive(archive));
        }
        return List.copyOf(options);
    }
}
