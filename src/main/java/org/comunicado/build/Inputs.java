package org.comunicado.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the command line's INPUT arguments: files as given, folders walked for {@code .txt} files. */
public final class Inputs {

    private Inputs() {
    }

    /** Every input, folders expanded in sorted order, so the same arguments always give the same build. */
    public static List<Input> expand(List<Path> args) throws IOException {
        List<Input> out = new ArrayList<>();
        for (Path arg : args) {
            if (Files.isDirectory(arg)) {
                try (Stream<Path> walk = Files.walk(arg)) {
                    walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().toLowerCase().endsWith(".txt"))
                            .sorted().forEach(p -> out.add(Input.file(p)));
                }
            } else {
                // A missing file is that input's failure, reported with the others, not a reason to stop.
                out.add(Input.file(arg));
            }
        }
        return out;
    }
}
