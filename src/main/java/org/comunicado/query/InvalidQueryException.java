package org.comunicado.query;

/**
 * A SPARQL query that does not parse, with the 1-based line and column of the problem (or -1
 * when Jena did not report one). The message reads {@code line L, column C: detail}.
 */
public final class InvalidQueryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    public InvalidQueryException(String detail, int line, int column, Throwable cause) {
        super((line > 0 ? "line " + line + ", column " + column + ": " : "") + detail, cause);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
