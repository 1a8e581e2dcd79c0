package org.comunicado.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One thing to read as a release: its name in messages, the IRI recorded as its
 * {@code dcterms:source}, and its bytes (read only when the build reaches it).
 */
public record Input(String name, String source, Bytes bytes) {

    /** Reads the input's content; may fail with an I/O error, which is that input's outcome. */
    @FunctionalInterface
    public interface Bytes {
        byte[] read() throws IOException;
    }

    public static Input file(Path path) {
        Path p = path.toAbsolutePath().normalize();
        return new Input(path.toString(), p.toUri().toString(), () -> Files.readAllBytes(p));
    }

    /** The release the project bundles, read from the classpath. */
    public static Input bundled(String resource, String sourceIri) {
        return new Input(resource, sourceIri, () -> {
            try (InputStream in = Input.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) throw new IOException(resource + " is missing from the classpath");
                return in.readAllBytes();
            }
        });
    }
}
