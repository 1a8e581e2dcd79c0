package org.comunicado.score;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.comunicado.build.BuildReport;
import org.comunicado.build.Builder;
import org.comunicado.build.Input;
import org.comunicado.query.QueryRunner;
import org.comunicado.store.DatasetLayout;

/**
 * Measures extraction quality on a folder of annotated releases ({@code NAME.txt} beside
 * {@code NAME.gold.json}): either on a dataset already built from those files, or by building the
 * annotated texts into a temporary dataset that is deleted afterwards. Immutable.
 */
public final class Evaluation {

    /** A scoring run's report, and the build's complaints about inputs it could not read (none with an existing dataset). */
    public record Result(ScoreReport report, List<String> buildFailures) {
    }

    private final Path goldDir;
    private final boolean detail;

    public Evaluation(Path goldDir, boolean detail) {
        this.goldDir = goldDir;
        this.detail = detail;
    }

    /** Every {@code *.gold.json} of the folder, sorted by file name. */
    public List<Path> goldFiles() throws IOException {
        try (Stream<Path> s = Files.list(goldDir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".gold.json") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
    }

    /** Reads every gold file; the first bad one stops the run. */
    public List<GoldRelease> gold() throws IOException, GoldFormatException {
        List<GoldRelease> golds = new ArrayList<>();
        for (Path p : goldFiles()) golds.add(GoldRelease.read(p));
        return golds;
    }

    /** Scores an existing dataset built from the folder's releases. */
    public Result score(DatasetLayout dataset) throws IOException, GoldFormatException {
        List<GoldRelease> golds = gold();
        Map<String, SystemRelease> system = SystemRelease.query(new QueryRunner(dataset));
        return new Result(Scorer.score(golds, system, detail), List.of());
    }

    /** Builds every {@code NAME.txt} that has a gold file into a temporary dataset, scores it and deletes it. */
    public Result buildAndScore(String base, Clock clock) throws IOException, GoldFormatException {
        List<GoldRelease> golds = gold();
        List<Input> inputs = new ArrayList<>();
        for (GoldRelease g : golds) {
            Path txt = goldDir.resolve(g.release());
            if (Files.isRegularFile(txt)) inputs.add(Input.file(txt));
        }
        Path tmp = Files.createTempDirectory("comunicado-score-");
        try {
            Map<String, SystemRelease> system = Map.of();
            List<String> failures = List.of();
            if (!inputs.isEmpty()) {
                DatasetLayout layout = DatasetLayout.of(tmp.resolve("dataset"));
                BuildReport built = new Builder(base, List.of(), clock).build(inputs, layout.dir(), false);
                failures = built.failures();
                if (layout.exists()) {
                    try {
                        system = SystemRelease.query(new QueryRunner(layout));
                    } finally {
                        // Jena caches the connection per JVM: let go of it before the files go.
                        TDBInternal.expel(layout.connect());
                    }
                }
            }
            return new Result(Scorer.score(golds, system, detail), failures);
        } finally {
            deleteTree(tmp);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
