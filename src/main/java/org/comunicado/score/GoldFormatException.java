package org.comunicado.score;

/** A gold file that cannot be read as the annotation format (shared/corpus/GOLD-FORMAT.md). */
public final class GoldFormatException extends Exception {
    public GoldFormatException(String message) {
        super(message);
    }

    public GoldFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
