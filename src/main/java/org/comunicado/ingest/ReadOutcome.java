package org.comunicado.ingest;

import java.util.Objects;

/**
 * What reading one release gave: the release, or a one-line failure. An input may hold several
 * releases (the records of a JSON file), each with its own outcome. Immutable.
 */
public sealed interface ReadOutcome permits ReadOutcome.Read, ReadOutcome.Failed {

    /** A release that was read. */
    record Read(Release release) implements ReadOutcome {
        public Read {
            Objects.requireNonNull(release, "release");
        }
    }

    /**
     * A release that could not be read.
     *
     * @param message one line: where (file, file:line, URL) and why
     */
    record Failed(String message) implements ReadOutcome {
        public Failed {
            Objects.requireNonNull(message, "message");
        }

        public static Failed of(ReleaseException e) {
            return new Failed(e.getMessage());
        }
    }
}
