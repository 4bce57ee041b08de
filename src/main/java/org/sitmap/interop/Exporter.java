package org.sitmap.interop;

import java.io.IOException;
import java.nio.file.Path;
import org.sitmap.task.TaskRunner;

/**
 * Writes {@link ExportData} to one file in one format. Writes to a temporary file beside {@code out} and moves it
 * into place at the end, so a failed or cancelled export never leaves half a file under the chosen name.
 */
public interface Exporter {
    void write(ExportData data, Path out, TaskRunner.Progress progress) throws IOException;
}
