package org.comunicado.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.json.JSON;
import org.comunicado.model.Namespaces;
import org.comunicado.score.Evaluation;
import org.comunicado.score.GoldFormatException;
import org.comunicado.store.AtomicFiles;
import org.comunicado.store.DatasetLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Measures extraction quality on annotated releases: GOLD_DIR holds NAME.txt beside NAME.gold.json.",
                "Prints precision, recall and F1 per category, overall and per language, as ../shared/tools/score.py does.",
                "Without --data, builds the annotated NAME.txt files into a temporary dataset (deleted afterwards).",
                "Exit 0 when it ran (scores are not pass/fail), 2 usage, 65 bad gold file, 74 I/O."})
final class ScoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "GOLD_DIR", description = "A folder of NAME.txt beside NAME.gold.json.")
    Path goldDir;

    @Option(names = "--data", paramLabel = "DIR", description = "Score this dataset (built from GOLD_DIR's releases) instead of building one.")
    Path data;

    @Option(names = "--detail", description = "Also print each release's misses and false hits.")
    boolean detail;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the result map (per category p, r, f1, tp, fp, fn, extra) as JSON.")
    Path json;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(goldDir))
            throw new java.nio.file.NoSuchFileException(goldDir + ": not a folder of annotated releases");
        Evaluation evaluation = new Evaluation(goldDir, detail);
        if (evaluation.goldFiles().isEmpty())
            throw new ParameterException(spec.commandLine(), goldDir + ": no NAME.gold.json files");
        Evaluation.Result result;
        try {
            if (data != null) {
                DatasetLayout layout = DatasetLayout.of(data);
                if (!layout.exists())
                    throw new java.nio.file.NoSuchFileException(data + ": no dataset here (run 'comunicado build --out " + data + "' first)");
                result = evaluation.score(layout);
            } else {
                result = evaluation.buildAndScore(Namespaces.DEFAULT_BASE, BuildCommand.clock());
            }
        } catch (GoldFormatException e) {
            spec.commandLine().getErr().println("comunicado: " + e.getMessage());
            return ExitCodes.DATA;
        }
        result.buildFailures().forEach(f -> spec.commandLine().getErr().println(f));
        spec.commandLine().getOut().print(result.report().table());
        spec.commandLine().getOut().flush();
        if (json != null)
            AtomicFiles.write(json, out -> out.write((JSON.toString(result.report().toJson()) + "\n").getBytes(StandardCharsets.UTF_8)));
        return ExitCodes.OK;
    }
}
