package org.comunicado.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.comunicado.build.Builder;
import org.comunicado.build.Input;
import org.comunicado.model.Namespaces;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Prints the RDF of one release (its named graph) on stdout, without building a dataset.")
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A release (.txt).")
    Path file;

    @Option(names = "--format", defaultValue = "trig", description = "trig, nquads, turtle, ntriples or jsonld (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Namespaces.DEFAULT_BASE, description = "Base of the data IRIs.")
    String base;

    @Option(names = "--reference", paramLabel = "DIR", description = "Extra reference files (Turtle); repeatable.")
    List<Path> reference = new ArrayList<>();

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws Exception {
        RDFFormat rdfFormat = Formats.rdf(format, spec.commandLine());
        Builder.Outcome outcome = new Builder(base, reference, BuildCommand.clock()).extract(Input.file(file));
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        outcome.graph().triples().forEach(t -> ds.add(outcome.graph().graphName(), t.getSubject(), t.getPredicate(), t.getObject()));
        Namespaces.prefixes(base).forEach((p, ns) -> ds.prefixes().add(p, ns));
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        if (rdfFormat.getLang().equals(Lang.TRIG) || rdfFormat.getLang().equals(Lang.NQUADS) || rdfFormat.getLang().equals(Lang.JSONLD)) {
            RDFWriter.source(ds).format(rdfFormat).output(buffer);
        } else {
            RDFWriter.source(ds.getGraph(outcome.graph().graphName())).format(rdfFormat).output(buffer);
        }
        spec.commandLine().getOut().print(buffer.toString(java.nio.charset.StandardCharsets.UTF_8));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
