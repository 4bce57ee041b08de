package org.sitmap.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sitmap.store.StoreCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code check}: the database's full integrity check, read-only; exit code 1 when it is damaged. */
@Command(name = "check", description = {"Check the database file (full integrity check, foreign keys, schema version,"
        + " rows per part). Changes nothing; exit code 1 when the file is damaged."})
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    SitmapCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        StoreCheck.Report r = StoreCheck.run(root.database());
        out.println("database: " + r.file());
        out.println("schema version: " + r.schemaVersion() + " (this Sitmap knows " + r.knownVersion() + ")");
        out.println("integrity: " + String.join("; ", r.integrity()));
        out.println("foreign keys: " + (r.foreignKeys().isEmpty() ? "ok" : String.join("; ", r.foreignKeys())));
        r.counts().forEach((table, counts) -> out.println("  " + table + ": " + counts));
        r.remarks().forEach(m -> out.println("note: " + m));
        if (r.damaged()) {
            spec.commandLine().getErr().println("The database is damaged. Sitmap keeps it aside and rebuilds it at the next"
                    + " start, recovering your rows that can still be read.");
            return 1;
        }
        out.println("OK: the database is sound");
        return 0;
    }
}
