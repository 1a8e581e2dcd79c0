package org.comunicado.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.comunicado.store.DatasetLayout;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option shared by the commands that read a built dataset. */
final class DataOption {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "dataset",
            description = "The dataset directory that 'build' wrote (default: ${DEFAULT-VALUE}).")
    Path data;

    /** The dataset, or an I/O error naming the directory when there is none. */
    DatasetLayout layout() throws java.io.IOException {
        DatasetLayout layout = DatasetLayout.of(data);
        if (!Files.isDirectory(layout.tdb2())) {
            throw new java.nio.file.NoSuchFileException(data + ": no dataset here (run 'comunicado build --out " + data + "' first)");
        }
        return layout;
    }
}
