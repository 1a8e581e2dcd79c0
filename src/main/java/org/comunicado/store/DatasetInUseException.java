package org.comunicado.store;

import java.io.IOException;

/**
 * The TDB2 database of a dataset directory is held by another process (a running {@code serve},
 * a Fuseki server, another build): it cannot be opened for writing, and nothing was changed.
 */
public final class DatasetInUseException extends IOException {
    public DatasetInUseException(DatasetLayout layout, Throwable cause) {
        super(layout.dir() + " is in use by another process (" + cause.getMessage()
                + "); stop the server using it and build again", cause);
    }
}
