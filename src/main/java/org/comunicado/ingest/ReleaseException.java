package org.comunicado.ingest;

/** An input that cannot be read as a release. The message names the input and what is wrong. */
public class ReleaseException extends Exception {
    private final String input;

    public ReleaseException(String input, String reason) {
        super(input + ": " + reason);
        this.input = input;
    }

    public ReleaseException(String input, String reason, Throwable cause) {
        super(input + ": " + reason, cause);
        this.input = input;
    }

    public String input() {
        return input;
    }
}
