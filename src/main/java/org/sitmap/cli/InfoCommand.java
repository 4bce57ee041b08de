package org.sitmap.cli;

import java.util.concurrent.Callable;
import org.sitmap.domain.Dataset;
import org.sitmap.store.SituationService;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code info}: opens the database (creating and filling it if needed) and prints what it holds. */
@Command(name = "info", description = "Open the database (create and fill it on first use) and print what it holds.")
final class InfoCommand implements Callable<Integer> {
    @ParentCommand
    SitmapCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (SituationService.Opened situation = root.situation().open()) {
            Dataset d = situation.store().load();
            var builtin = situation.builtin();
            var out = spec.commandLine().getOut();
            out.printf("database: %s (schema v%d)%n", root.database(), situation.store().schemaVersion());
            out.printf("built-in data: %s%s%n", builtin.hash().substring(0, 12), builtin.rebuilt() ? " (just loaded)" : "");
            out.printf("factions: %d, localities: %d, sources: %d, control changes: %d, events: %d%n",
                    d.factions().size(), d.localities().size(), d.sources().size(), d.changes().size(), d.events().size());
        }
        return 0;
    }
}
