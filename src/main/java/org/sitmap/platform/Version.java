package org.sitmap.platform;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application's version, filtered into the jar by the build. */
public final class Version {
    private Version() {
    }

    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/sitmap/build.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
