package org.comunicado.cli;

import picocli.CommandLine.Option;

/**
 * The {@code -v}/{@code --verbose} option every command takes. The error handler reads it from the
 * parsed arguments to decide whether to print a stack trace.
 */
final class VerboseOption {
    @Option(names = {"-v", "--verbose"}, description = "Stack traces on errors.")
    boolean verbose;
}
