package org.comunicado.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.comunicado.build.BuildReport;
import org.comunicado.build.Builder;
import org.comunicado.build.Input;
import org.comunicado.build.Inputs;
import org.comunicado.build.Progress;
import org.comunicado.model.Namespaces;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Builds a dataset from press releases: TDB2, TriG and a Fuseki configuration in one directory.",
                "With no INPUT, builds the release the project bundles.",
                "An existing DIR is updated: only new and changed inputs are extracted, in one TDB2 transaction."})
final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = {
            "Release files (.txt, .html/.htm, .json, .jsonl), folders walked for them, globs ('corpus/**/*.html'),",
            "- for standard input, or http(s) URLs."})
    List<String> inputs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "dataset", description = "Where to write the dataset (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Namespaces.DEFAULT_BASE, description = "Base of the data IRIs (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--reference", paramLabel = "DIR", description = "Extra reference files (Turtle) of known entities; repeatable.")
    List<Path> reference = new ArrayList<>();

    @Option(names = "--keep-going", description = "Exit 0 even when some inputs failed (they are still reported).")
    boolean keepGoing;

    @Option(names = "--rebuild", description = "Build DIR from scratch instead of updating it.")
    boolean rebuild;

    @Option(names = "--prune", description = "Drop releases whose input is not among the INPUTs (an update keeps them otherwise).")
    boolean prune;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors: no progress, no summary.")
    boolean quiet;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws Exception {
        List<Input> all = inputs.isEmpty()
                ? List.of(Input.bundled("releases/en-seed.txt", base + "source/en-seed.txt"))
                : Inputs.expand(inputs);
        Builder builder = new Builder(base, reference, clock());
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = quiet ? Progress.NONE : Progress.to(err, System.console() != null);
        Builder.Options options = Builder.Options.defaults().withRebuild(rebuild).withPrune(prune).withProgress(progress)
                .withOnFailure(err::println);
        BuildReport report = builder.build(all, out, options);
        if (report.releases() == 0) {
            err.println("comunicado: no release could be read; " + out + " left as it was");
            return ExitCodes.DATA;
        }
        if (!quiet) {
            spec.commandLine().getOut().println("dataset: " + out.toAbsolutePath().normalize());
            spec.commandLine().getOut().println(report.summary());
        }
        return report.failures().isEmpty() || keepGoing ? ExitCodes.OK : ExitCodes.DATA;
    }

    /** The build's timestamps; SOURCE_DATE_EPOCH fixes them, for reproducible builds. */
    static Clock clock() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d+")) {
            return Clock.fixed(Instant.ofEpochSecond(Long.parseLong(epoch)), ZoneOffset.UTC);
        }
        return Clock.systemUTC();
    }
}
