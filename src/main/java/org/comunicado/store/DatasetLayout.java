package org.comunicado.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * The files of a Comunicado dataset directory {@code DIR}: the TDB2 database {@code DIR/tdb2/},
 * the TriG dump {@code DIR/comunicado.trig} and the Fuseki configuration {@code DIR/fuseki.ttl}.
 * <p>
 * An immutable value; the directory is always held as an absolute, normalised path so that the
 * paths it hands out do not depend on the working directory. Thread-safe.
 */
public final class DatasetLayout {
    public static final String TDB2_DIR = "tdb2";
    public static final String TRIG_FILE = "comunicado.trig";
    public static final String FUSEKI_FILE = "fuseki.ttl";
    public static final String TRIG_PENDING_FILE = ".comunicado.trig.pending";

    private final Path dir;

    private DatasetLayout(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** The layout of {@code dir} (which need not exist yet). */
    public static DatasetLayout of(Path dir) {
        return new DatasetLayout(Objects.requireNonNull(dir, "dir"));
    }

    /** The dataset directory, absolute. */
    public Path dir() {
        return dir;
    }

    /** {@code DIR/tdb2}, the TDB2 database directory. */
    public Path tdb2() {
        return dir.resolve(TDB2_DIR);
    }

    /** {@code DIR/comunicado.trig}, the whole dataset as TriG. */
    public Path trig() {
        return dir.resolve(TRIG_FILE);
    }

    /** {@code DIR/fuseki.ttl}, the Fuseki configuration serving {@link #tdb2()}. */
    public Path fusekiConfig() {
        return dir.resolve(FUSEKI_FILE);
    }

    /**
     * {@code DIR/.comunicado.trig.pending}: present while TDB2 has been (or is being) updated and
     * the TriG file not yet rewritten to match; the next build rewrites it.
     */
    public Path trigPending() {
        return dir.resolve(TRIG_PENDING_FILE);
    }

    /** True if the TDB2 database of this layout exists. */
    public boolean exists() {
        return Files.isDirectory(tdb2());
    }

    /**
     * Connects to the existing TDB2 database of this layout. The connection is Jena's per-JVM
     * cached one (shared with an in-process Fuseki server on the same directory); callers use
     * transactions and do not close it.
     *
     * @throws IllegalStateException if {@code DIR/tdb2} does not exist (it is never created here)
     */
    public DatasetGraph connect() {
        if (!exists())
            throw new IllegalStateException("No Comunicado dataset at " + dir + " (missing " + tdb2() + ")");
        return DatabaseMgr.connectDatasetGraph(tdb2().toString());
    }

    /**
     * Like {@link #connect()}, but tells a database held by another process apart: TDB2 allows one
     * process per database, and that process's lock makes the connection fail.
     *
     * @throws DatasetInUseException if another process holds the database
     */
    public DatasetGraph connectForWriting() throws DatasetInUseException {
        try {
            return connect();
        } catch (DBOpEnvException ex) {
            throw new DatasetInUseException(this, ex);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DatasetLayout other && other.dir.equals(dir);
    }

    @Override
    public int hashCode() {
        return dir.hashCode();
    }

    @Override
    public String toString() {
        return dir.toString();
    }
}
