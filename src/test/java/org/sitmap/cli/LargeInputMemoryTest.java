package org.sitmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.io.DataFiles;

/** A 60 MB events file validates in a JVM limited to a 64 MB heap: events stream, they are never held. */
class LargeInputMemoryTest {
    @TempDir
    Path dir;

    @Test
    void validate_largeEventsFile_runsInConstantMemory() throws Exception {
        for (String name : DataFiles.NAMES) {
            try (InputStream in = getClass().getResourceAsStream("/bad-input/mini/" + name)) {
                if (in != null) Files.write(dir.resolve(name), in.readAllBytes());
            }
        }
        String event = Files.readString(dir.resolve(DataFiles.EVENTS)).strip();
        long rows = 0;
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(DataFiles.EVENTS), StandardCharsets.UTF_8)) {
            String padded = event.replace("\"summary\": \"test\"", "\"summary\": \"" + "a long summary ".repeat(20) + "\"");
            for (long bytes = 0; bytes < 60L << 20; rows++) {
                String line = padded.replace("\"E0001\"", "\"E" + rows + "\"");
                w.write(line);
                w.write('\n');
                bytes += line.length() + 1;
            }
        }
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                "-cp", System.getProperty("java.class.path"), "org.sitmap.app.Main", "--db", dir.resolve("m.db").toString(),
                "validate", dir.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("events: " + rows), output);
    }
}
