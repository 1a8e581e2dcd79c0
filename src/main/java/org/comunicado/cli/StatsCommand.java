package org.comunicado.cli;

import java.util.concurrent.Callable;
import org.comunicado.query.Stats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stats", mixinStandardHelpOptions = true, description = "Counts what the dataset holds.")
final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws Exception {
        Stats.of(data.layout()).asMap().forEach((k, v) -> spec.commandLine().getOut().println(k + ": " + v));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
