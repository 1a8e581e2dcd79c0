package org.comunicado.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.comunicado.ingest.ReleaseException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception escaping a command into one line on stderr and an exit code: 65 for bad
 * input data, 74 for I/O, 70 for anything else. The stack trace only with {@code -v}/{@code --verbose}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        cl.getErr().println("comunicado: " + message.lines().findFirst().orElse(""));
        if (parsed.expandedArgs().contains("-v") || parsed.expandedArgs().contains("--verbose")) {
            e.printStackTrace(cl.getErr());
        }
        return exitCode(e);
    }

    static int exitCode(Throwable e) {
        if (e instanceof picocli.CommandLine.ParameterException) return ExitCodes.USAGE;
        if (e instanceof ReleaseException || e instanceof BadDataException || e instanceof org.comunicado.query.InvalidQueryException) return ExitCodes.DATA;
        if (e instanceof IOException || e instanceof UncheckedIOException) return ExitCodes.IO;
        return ExitCodes.SOFTWARE;
    }

    /** Input that is well-formed to the shell but wrong as data (a bad query, an unknown graph). */
    static final class BadDataException extends RuntimeException {
        BadDataException(String message) {
            super(message);
        }
    }
}
