package org.sitmap.platform;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application's version, filtered into the jar by the build. */
public final class Version {
    private Version() {
    }

    public static String current() {
        return properties().getProperty("version", "dev");
    }

    /**
     * Identity of this build (the version and when Maven built it), or null when the classes were not built by
     * Maven (an IDE's compile): what may tell apart results computed by different code.
     */
    public static String build() {
        String at = properties().getProperty("built");
        return at == null || at.isBlank() || at.startsWith("$") ? null : current() + " " + at;
    }

    private static Properties properties() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/sitmap/build.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // no build information: the defaults stand
        }
        return p;
    }
}
