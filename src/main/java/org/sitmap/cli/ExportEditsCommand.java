package org.sitmap.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitmap.edit.EditsFolder;
import org.sitmap.io.DataFiles;
import org.sitmap.io.DatasetReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code edit export DIR}: the user's edits as a folder in the format of {@code data/}, validated before writing. */
@Command(name = "export", description = "Write your edits as a folder in the format of data/ (validated on top of the "
        + "built-in data before anything is written).")
final class ExportEditsCommand implements Callable<Integer> {
    @ParentCommand
    EditCommand edit;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "DIR", description = "Folder to write (created if needed).")
    Path dir;

    @Override
    public Integer call() throws Exception {
        return EditCommand.withService(edit, null, spec, service -> {
            var builtin = new DatasetReader().read(DataFiles.embedded()).dataset();
            EditsFolder.Export export = EditsFolder.export(service.store().userRows(), builtin, dir);
            var out = spec.commandLine().getOut();
            var err = spec.commandLine().getErr();
            export.skipped().forEach(s -> err.println("not exported: " + s));
            if (!export.ok()) {
                export.problems().forEach(p -> err.println(p));
                err.println("nothing written: fix these edits first");
                return 1;
            }
            var d = export.written();
            out.printf("%s: %d localities, %d sources, %d control changes, %d events%n", dir, d.localities().size(),
                    d.sources().size(), d.changes().size(), d.events().size());
            return 0;
        });
    }
}
