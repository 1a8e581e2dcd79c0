package org.comunicado.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Writing final files safely: content goes to a temporary file in the same directory, which is
 * moved over the target only when it is complete. On any failure the temporary file is deleted
 * and the target is left as it was. Stateless and thread-safe.
 */
public final class AtomicFiles {

    /** The body of a write; it must not close the stream (the caller does). */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** The body of a write to a file channel; it must not close the channel (the caller does). */
    @FunctionalInterface
    public interface ChannelBody {
        void write(FileChannel out) throws IOException;
    }

    /** Writes {@code file} atomically with {@code body}; creates missing parent directories. */
    public static void write(Path file, Body body) {
        writeTemporary(file, tmp -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                body.write(out);
            }
        });
    }

    /**
     * Writes {@code file} atomically with {@code body}, which writes to a file channel (so that it
     * can copy from other files with {@link FileChannel#transferTo}, inside the kernel).
     */
    public static void writeChannel(Path file, ChannelBody body) {
        writeTemporary(file, tmp -> {
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                body.write(out);
            }
        });
    }

    private interface TemporaryBody {
        void write(Path tmp) throws IOException;
    }

    private static void writeTemporary(Path file, TemporaryBody body) {
        Path target = file.toAbsolutePath();
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            body.write(tmp);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            tmp = null;
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot write " + target + ": " + ex.getMessage(), ex);
        } finally {
            if (tmp != null)
                deleteQuietly(tmp);
        }
    }

    /** Deletes a file or a directory tree; missing is fine. */
    public static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS))
            return;
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                Files.delete(f);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                if (exc != null)
                    throw exc;
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void deleteQuietly(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ex) {
            // The write has already failed; that failure is the one reported, this one is secondary.
            System.err.println("warning: cannot delete temporary file " + tmp + ": " + ex.getMessage());
        }
    }
}
