package org.comunicado.cli;

import java.util.concurrent.Callable;
import org.comunicado.query.BundledQueries;
import org.comunicado.query.QueryRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query over the dataset (all graphs, as one union default graph).",
                "QUERY is a .rq file or the name of a bundled query: people, organizations, countries, programs, quotes,",
                "claims, co-mentions, evidence, releases-over-time, entity, releases, mentions, highlights."})
final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json (SPARQL 1.1 JSON results); CONSTRUCT gives Turtle (default: ${DEFAULT-VALUE}).")
    String format;

    @Parameters(paramLabel = "QUERY", description = "A .rq file, or a bundled query's name.")
    String query;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws Exception {
        QueryRunner.Format f;
        String text;
        try {
            f = QueryRunner.Format.parse(format);
            text = BundledQueries.resolve(query);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        try (CommandOutput out = new CommandOutput(spec.commandLine().getOut())) {
            new QueryRunner(data.layout()).run(text, f, out);
        }
        return ExitCodes.OK;
    }
}
