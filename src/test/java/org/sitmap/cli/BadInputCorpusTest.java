package org.sitmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitmap.io.DataFiles;

/**
 * Every file of the bad-input corpus ({@code src/test/resources/bad-input/cases.csv}) through the command a user
 * would run on it: a message naming the file and line, no stack trace, exit code not 0, the store unchanged.
 */
class BadInputCorpusTest {
    private static final String ROOT = "/bad-input/";

    @TempDir
    static Path home;
    static Path db;

    @BeforeAll
    static void createStore() {
        db = home.resolve("corpus.db");
        assertEquals(0, CliHarness.run(home, "--db", db.toString(), "info").exitCode());
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = BadInputCorpusTest.class.getResourceAsStream(ROOT + "cases.csv")) {
            var records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            for (CSVRecord r : records) out.add(Arguments.of(r.get("file"), r.get("reader"), r.get("expect")));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badFile_isReportedByFileAndLine_withoutTraceOrChange(String file, String reader, String expect) throws Exception {
        byte[] content;
        try (InputStream in = getClass().getResourceAsStream(ROOT + file)) {
            content = in.readAllBytes();
        }
        check(file, reader, expect, content);
    }

    @ParameterizedTest(name = "10 MB line in {0}")
    @MethodSource("longLines")
    void tenMegabyteLine_isReportedNotLoaded(String file, String reader, String expect, byte[] content) throws Exception {
        check(file, reader, expect, content);
    }

    static Stream<Arguments> longLines() {
        byte[] line = ("{\"id\": \"E0001\", \"summary\": \"" + "x".repeat(10 << 20) + "\"}\n").getBytes();
        byte[] point = ("2024-11-30,36.2," + "3".repeat(10 << 20) + "\n").getBytes();
        return Stream.of(Arguments.of("dataset/long-line.events.jsonl", "validate", "events.jsonl:1: line is longer than", line),
                Arguments.of("points/long-line.csv", "points", "long-line.csv:1: line is longer than", point));
    }

    private void check(String file, String reader, String expect, byte[] content) throws Exception {
        String before = StoreFingerprint.of(db);
        Path work = Files.createTempDirectory(home, "case");
        CliHarness.Run run = switch (reader) {
            case "validate" -> {
                for (String name : DataFiles.NAMES) {
                    try (InputStream in = getClass().getResourceAsStream(ROOT + "mini/" + name)) {
                        if (in != null) Files.write(work.resolve(name), in.readAllBytes()); // optional files may be absent
                    }
                }
                String target = file.substring(file.indexOf('.') + 1); // dataset/<case>.<target file>
                Files.write(work.resolve(target), content);
                yield CliHarness.run(home, "--db", db.toString(), "validate", work.toString());
            }
            case "points" -> {
                Path f = work.resolve(Path.of(file).getFileName().toString());
                Files.write(f, content);
                yield CliHarness.run(home, "--db", db.toString(), "control-at", "--points", f.toString(), "--json");
            }
            case "acled", "geojson", "kml" -> {
                Path f = work.resolve(Path.of(file).getFileName().toString());
                Files.write(f, content);
                yield CliHarness.run(home, "--db", db.toString(), "import", reader, f.toString());
            }
            default -> throw new IllegalArgumentException("unknown reader " + reader);
        };
        String all = run.out() + run.err();
        assertNotEquals(0, run.exitCode(), all);
        assertTrue(all.contains(expect), "expected '" + expect + "' in:\n" + truncate(all));
        assertFalse(all.contains("Exception") || all.contains("\tat "), "a stack trace was shown:\n" + truncate(all));
        assertFalse(all.chars().anyMatch(c -> c == 0x1b || c == 0x202e), "a control character reached the terminal");
        assertEquals(before, StoreFingerprint.of(db), "the store changed");
    }

    private static String truncate(String s) {
        return s.length() > 2000 ? s.substring(0, 2000) + "…" : s;
    }
}
