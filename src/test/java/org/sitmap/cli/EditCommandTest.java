package org.sitmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitmap edit ...} on the shipped dataset with a throw-away database. */
class EditCommandTest {
    @TempDir
    Path home;

    private CliHarness.Run run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = home.resolve("edit.db").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliHarness.run(home, all);
    }

    private static final String[] ADD_AL_BAB = {"edit", "add-change", "--place", "gn174018", "--date", "2024-12-14",
            "--to", "SDF", "--outlet", "Example Outlet", "--title", "A test report", "--published", "2024-12-14",
            "--source-url", "https://example.org/test-report", "--excerpt", "the words of the report", "--author", "Tester"};

    @Test
    void addChange_printsTheNewIdAndMovesTheHolder() {
        CliHarness.Run r = run(ADD_AL_BAB);
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("u.C.1", r.out().strip());
        CliHarness.Run at = run("control-at", "--date", "2024-12-14", "36.37051", "37.5157", "--json");
        assertTrue(at.out().contains("\"SDF\""), at.out());
    }

    @Test
    void addChange_withJavascriptUrl_isRefusedNamingTheField() {
        String[] args = ADD_AL_BAB.clone();
        args[15] = "javascript:alert(1)";
        CliHarness.Run r = run(args);
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("citation 1, url: only http:// and https:// addresses are allowed"), r.err());
    }

    @Test
    void history_listsTheEditsInOrder() {
        run(ADD_AL_BAB);
        run("edit", "retract", "u.C.1", "--reason", "wrong place", "--author", "Tester");
        CliHarness.Run r = run("edit", "history");
        assertEquals(0, r.exitCode(), r.err());
        var lines = r.out().strip().lines().toList();
        assertEquals(3, lines.size(), r.out());
        assertTrue(lines.get(0).contains("add\tu.S.1"), lines.get(0));
        assertTrue(lines.get(1).contains("add\tu.C.1"), lines.get(1));
        assertTrue(lines.get(2).contains("Tester\tretract\tu.C.1") && lines.get(2).contains("[retracted: wrong place]"), lines.get(2));
    }

    @Test
    void export_writesAFolderThatValidatesOnTopOfTheBuiltinData() {
        run(ADD_AL_BAB);
        Path out = home.resolve("my-edits");
        CliHarness.Run r = run("edit", "export", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("1 sources, 1 control changes"), r.out());
        CliHarness.Run v = run("validate", "--onto-builtin", out.toString());
        assertEquals(0, v.exitCode(), v.err());
        CliHarness.Run i = CliHarness.run(home, "--db", home.resolve("other.db").toString(), "edit", "import", out.toString());
        assertEquals(0, i.exitCode(), i.err());
        assertEquals("imported 2 rows", i.out().strip());
        CliHarness.Run at = CliHarness.run(home, "--db", home.resolve("other.db").toString(), "control-at", "--date", "2024-12-14",
                "36.37051", "37.5157", "--json");
        assertTrue(at.out().contains("\"SDF\""), at.out());
    }
}
