package org.comunicado.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code comunicado} command: a thin picocli shell over the build, query and serve stages. */
@Command(name = "comunicado", mixinStandardHelpOptions = true, version = "comunicado " + org.comunicado.build.Builder.VERSION,
        description = "Turns government press releases into an RDF knowledge graph.",
        subcommands = {BuildCommand.class, ExtractCommand.class, QueryCommand.class, ExportCommand.class,
                ValidateCommand.class, ServeCommand.class, StatsCommand.class, ScoreCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also what tests drive through {@code execute}. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setExitCodeExceptionMapper(ErrorHandler::exitCode);
        return cl;
    }
}
