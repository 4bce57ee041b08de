package org.sitmap.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.sitmap.app.Main;
import org.sitmap.platform.AppPaths;

/** Runs the command line as a user would, capturing what it prints. */
public final class CliHarness {
    /** Exit code and output of one run. */
    public record Run(int exitCode, String out, String err) {
    }

    private CliHarness() {
    }

    public static AppPaths paths(Path home) {
        return new AppPaths(home.resolve("data"), home.resolve("config"), home.resolve("state"), home.resolve("cache"));
    }

    public static Run run(Path home, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = SitmapCommand.run(paths(home), Main::situationAt, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }
}
