package org.comunicado.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.comunicado.bench.Benchmark;
import org.comunicado.store.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks extraction, a full build, Jena's bulk load of the same quads and a 1 %% update.",
                "Runs on synthetic releases, in one process; prints the figures and the ratios against the targets."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--releases", paramLabel = "N", defaultValue = "2000", description = "Releases to generate (default: ${DEFAULT-VALUE}).")
    int releases;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--dir", paramLabel = "DIR", description = "Working directory, kept afterwards (default: a temporary one, deleted).")
    Path dir;

    @Option(names = "--threads", paramLabel = "T", description = "Extraction threads (default: all cores).")
    Integer threads;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Path work = dir != null ? dir : Files.createTempDirectory("comunicado-bench-");
        try {
            Benchmark.Result result = Benchmark.run(new Benchmark.Options(work, releases, seed, t), err);
            result.print(spec.commandLine().getOut());
        } finally {
            if (dir == null)
                AtomicFiles.deleteRecursively(work);
        }
        return ExitCodes.OK;
    }
}
