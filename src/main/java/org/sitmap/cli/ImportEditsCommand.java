package org.sitmap.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitmap.edit.EditsFolder;
import org.sitmap.io.DataFiles;
import org.sitmap.io.DataProblem;
import org.sitmap.io.DatasetOverlay;
import org.sitmap.io.DatasetReader;
import org.sitmap.io.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code edit import DIR}: a folder of edits (as {@code edit export} writes them) into the user's part, as one edit. */
@Command(name = "import", description = "Read a folder of edits in the format of data/ (e.g. another analyst's export) "
        + "into your part of the database, as one edit; rows with a built-in id become corrections of it.")
final class ImportEditsCommand implements Callable<Integer> {
    @ParentCommand
    EditCommand edit;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "DIR")
    Path dir;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println("error: " + dir + " is not a directory");
            return 2;
        }
        var builtin = new DatasetReader().read(DataFiles.embedded()).dataset();
        ReadResult read = new DatasetReader().read(DataFiles.fromDirectory(dir));
        List<DataProblem> problems = DatasetOverlay.validate(builtin, read);
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            err.println("nothing imported: fix the folder first");
            return 1;
        }
        return EditCommand.withService(edit, null, spec, service -> {
            var ids = EditsFolder.importInto(service, read.dataset(), builtin);
            spec.commandLine().getOut().printf("imported %d rows%n", ids.size());
            return 0;
        });
    }
}
