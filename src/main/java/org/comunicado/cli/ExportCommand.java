package org.comunicado.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.comunicado.query.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the dataset, or one named graph, as RDF (N-Quads and N-Triples sorted).",
                "Sorted output is byte-identical for the same data."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--format", required = true, description = "turtle, trig, nquads, ntriples or jsonld.")
    String format;

    @Option(names = "--graph", paramLabel = "IRI", description = "Only this named graph (e.g. a release's graph).")
    String graph;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout.")
    Path out;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws Exception {
        Exporter.Format f;
        try {
            f = Exporter.Format.parse(format);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Node g = graph == null ? null : NodeFactory.createURI(graph);
        var layout = data.layout();
        try {
            if (out != null) {
                Exporter.export(layout, f, g, out);
            } else {
                try (CommandOutput stdout = new CommandOutput(spec.commandLine().getOut())) {
                    Exporter.export(layout, f, g, stdout);
                }
            }
        } catch (IllegalArgumentException e) {
            throw new ErrorHandler.BadDataException(e.getMessage());
        }
        return ExitCodes.OK;
    }
}
