package org.sitmap.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitmap.platform.LaunchOptions;

/**
 * The command that starts Sitmap in a new JVM as its launchers do: this JVM's {@code java} and class path, the launchers'
 * options and the build's class-data archive when there is one beside the jar. Stateless.
 */
final class AppProcess {
    private AppProcess() {
    }

    /**
     * @param home       the new process's {@code sitmap.home}
     * @param properties further {@code -D} options, before the launchers' JVM options
     * @param args       Sitmap's own arguments
     */
    static List<String> command(Path home, List<String> properties, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Dsitmap.home=" + home);
        cmd.addAll(properties);
        String classPath = System.getProperty("java.class.path");
        cmd.addAll(LaunchOptions.forClassPath(classPath));
        cmd.addAll(List.of("-cp", classPath, "org.sitmap.app.Main"));
        cmd.addAll(args);
        return cmd;
    }
}
