package org.comunicado.cli;

import java.util.concurrent.Callable;
import org.comunicado.model.Namespaces;
import org.comunicado.query.ShaclCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks the dataset against the SHACL shapes (ontology/shapes.ttl); exit 65 on any violation.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--report", description = "Print the full SHACL validation report as Turtle.")
    boolean report;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws Exception {
        ShaclCheck.Result result = ShaclCheck.validate(data.layout(), ShaclCheck.bundledShapes());
        var out = spec.commandLine().getOut();
        if (report) {
            try (CommandOutput stream = new CommandOutput(out)) {
                result.writeTurtle(stream);
            }
        } else {
            result.lines(Namespaces.prefixMap(Namespaces.DEFAULT_BASE)).forEach(out::println);
        }
        out.println(result.conforms() ? "conforms: yes" : "conforms: no (" + result.resultCount() + " violations)");
        out.flush();
        return result.conforms() ? ExitCodes.OK : ExitCodes.DATA;
    }
}
