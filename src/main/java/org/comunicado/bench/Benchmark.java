package org.comunicado.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

import org.apache.jena.tdb2.sys.TDBInternal;
import org.comunicado.build.BuildReport;
import org.comunicado.build.Builder;
import org.comunicado.build.Input;
import org.comunicado.build.Progress;
import org.comunicado.ingest.ReleaseException;
import org.comunicado.model.Namespaces;
import org.comunicado.store.AtomicFiles;
import org.comunicado.store.DatasetLayout;

/**
 * The benchmark, in one process and one run: synthetic releases ({@link SyntheticReleases}),
 * then extraction alone, a full fresh build into TDB2, Jena's own parallel bulk load of the
 * same quads (the baseline), and an update after 1 % of the inputs changed. Each phase is timed
 * by wall clock; peak heap is the most heap in use sampled every 10 ms during the phase.
 * Not thread-safe; one run at a time per directory.
 */
public final class Benchmark {

    /** Targets from the project's issue. */
    public static final double TARGET_EXTRACTION_MB_S = 20;
    public static final double TARGET_BUILD_OVER_BASELINE = 1.5;
    public static final double TARGET_INCREMENTAL_OVER_FULL = 0.10;

    /** Releases extracted in each warm-up pass, the first of which is the cold-JVM figure. */
    static final int WARM_UP_RELEASES = 2000;

    /**
     * Warm-up passes stop once, for {@link #SETTLED_PASSES} passes in a row, the JIT compiled for at
     * most this share of a pass and the pass was no more than 5 % faster than the best before it, or
     * after {@link #MAX_WARM_UP_PASSES} passes or {@link #MAX_WARM_UP_SECONDS} seconds, whichever
     * comes first.
     */
    static final double SETTLED_JIT_SHARE = 0.02;
    /**
     * One quiet pass is not enough: on two cores the JIT can pause between bursts of compiling for a
     * pass or more, and a run that stopped at such a pause measured the next phase while the JIT
     * compiled again.
     */
    static final int SETTLED_PASSES = 3;
    static final int MAX_WARM_UP_PASSES = 40;
    static final double MAX_WARM_UP_SECONDS = 180;

    /**
     * How to run.
     *
     * @param dir      where inputs ({@code in/}), the dataset ({@code ds/}), the export and the baseline database go
     * @param releases how many releases to generate
     * @param seed     the generator's seed
     * @param threads  threads extracting (extraction alone and the builds)
     */
    public record Options(Path dir, int releases, long seed, int threads) {
        public Options {
            Objects.requireNonNull(dir, "dir");
            if (releases < 100)
                throw new IllegalArgumentException("releases must be at least 100 (1 % are changed): " + releases);
            if (threads < 1)
                throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }

    /** One measured phase; {@code releases} or {@code quads} is 0 where it does not apply. */
    public record Phase(String name, double seconds, long releases, long bytes, long quads, long peakHeapBytes) {
        double perSecond(long n) {
            return seconds > 0 ? n / seconds : 0;
        }
    }

    /** What one run measured. */
    public record Result(int releases, long inputBytes, int threads, Phase coldExtraction, Phase extraction, Phase build,
            Phase baseline, Phase incremental, int changedReleases) {

        public double extractionMbPerSecond() {
            return extraction.perSecond(extraction.bytes()) / 1_000_000.0;
        }

        public double buildOverBaseline() {
            return build.seconds() / baseline.seconds();
        }

        public double incrementalOverFull() {
            return incremental.seconds() / build.seconds();
        }

        /** The table and the ratios against their targets, as printed by {@code comunicado bench}. */
        public void print(PrintWriter out) {
            out.printf(Locale.ROOT, "releases: %d (%.1f MB of text), threads: %d, max heap: %d MB%n", releases,
                    inputBytes / 1_000_000.0, threads, Runtime.getRuntime().maxMemory() >> 20);
            out.printf(Locale.ROOT, "%-22s %9s %12s %8s %12s %10s %11s%n", "phase", "time s", "releases/s", "MB/s", "quads",
                    "quads/s", "peak heap");
            for (Phase p : List.of(coldExtraction, extraction, build, baseline, incremental)) {
                out.printf(Locale.ROOT, "%-22s %9.2f %12s %8s %12s %10s %8d MB%n", p.name(), p.seconds(),
                        p.releases() == 0 ? "-" : String.format(Locale.ROOT, "%.1f", p.perSecond(p.releases())),
                        p.bytes() == 0 ? "-" : String.format(Locale.ROOT, "%.2f", p.perSecond(p.bytes()) / 1_000_000.0),
                        p.quads() == 0 ? "-" : Long.toString(p.quads()),
                        p.quads() == 0 ? "-" : String.format(Locale.ROOT, "%.0f", p.perSecond(p.quads())),
                        p.peakHeapBytes() >> 20);
            }
            out.printf(Locale.ROOT, "extraction %.2f MB/s (target %.0f) %s%n", extractionMbPerSecond(), TARGET_EXTRACTION_MB_S,
                    verdict(extractionMbPerSecond() >= TARGET_EXTRACTION_MB_S));
            out.printf(Locale.ROOT, "full build / baseline bulk load %.2f (target <= %.1f) %s%n", buildOverBaseline(),
                    TARGET_BUILD_OVER_BASELINE, verdict(buildOverBaseline() <= TARGET_BUILD_OVER_BASELINE));
            out.printf(Locale.ROOT, "incremental (%d changed) / full build %.2f (target <= %.2f) %s%n", changedReleases,
                    incrementalOverFull(), TARGET_INCREMENTAL_OVER_FULL,
                    verdict(incrementalOverFull() <= TARGET_INCREMENTAL_OVER_FULL));
            out.flush();
        }

        private static String verdict(boolean pass) {
            return pass ? "PASS" : "FAIL";
        }
    }

    private Benchmark() {
    }

    /** Runs every phase; {@code log} is told what is happening (one line per phase). */
    public static Result run(Options options, PrintWriter log) throws IOException {
        Path in = options.dir().resolve("in");
        log.printf("generating %d releases (seed %d) in %s%n", options.releases(), options.seed(), in);
        log.flush();
        List<Path> files = new SyntheticReleases(options.seed()).write(in, options.releases());
        long bytes = totalSize(files);
        List<Input> inputs = files.stream().map(Input::file).toList();
        Builder builder = new Builder(Namespaces.DEFAULT_BASE, List.of(), Clock.systemUTC());

        // Steady-state throughput, as a benchmark harness measures it: on a cold JVM the JIT is still
        // compiling the extractors, and on two busy cores its compiler threads take tens of thousands
        // of releases to finish, while the code runs several times slower. The first pass is reported
        // as it is; more passes follow until the JIT has settled and a pass is no faster than the best.
        List<Input> warmUp = inputs.subList(0, Math.min(inputs.size(), WARM_UP_RELEASES));
        long warmUpBytes = totalSize(files.subList(0, warmUp.size()));
        log.printf("extraction on a cold JVM (%d releases) ...%n", warmUp.size());
        log.flush();
        JitClock jit = JitClock.of(ManagementFactory.getCompilationMXBean());
        Phase cold = measure("extraction, cold JVM", warmUp.size(), warmUpBytes, true, () -> extractAll(builder, warmUp, options.threads()));
        double best = cold.seconds();
        long warmUpStart = System.nanoTime();
        int quietPasses = 0;
        for (int pass = 2; pass <= MAX_WARM_UP_PASSES; pass++) {
            long compiled = jit.millis();
            long start = System.nanoTime();
            extractAll(builder, warmUp, options.threads());
            double seconds = (System.nanoTime() - start) / 1e9;
            double compiling = (jit.millis() - compiled) / 1000.0;
            log.printf(Locale.ROOT, "warm-up pass %d: %.2f s, JIT compiling %.2f s%n", pass, seconds, compiling);
            log.flush();
            boolean quiet = compiling <= seconds * SETTLED_JIT_SHARE && seconds > best * 0.95;
            quietPasses = quiet ? quietPasses + 1 : 0;
            best = Math.min(best, seconds);
            if (quietPasses >= SETTLED_PASSES || (System.nanoTime() - warmUpStart) / 1e9 > MAX_WARM_UP_SECONDS) break;
        }
        log.println("extraction alone ...");
        log.flush();
        // No System.gc() before this phase: a full collection shrinks the heap the warm-up grew, and
        // the seconds after it run about 40 % slower under a storm of young collections.
        long compiledBefore = jit.millis();
        Phase extraction = measure("extraction alone", options.releases(), bytes, false,
                () -> extractAll(builder, inputs, options.threads()));
        log.printf(Locale.ROOT, "extraction alone: %.2f s, JIT compiling %.2f s%n", extraction.seconds(),
                (jit.millis() - compiledBefore) / 1000.0);

        log.println("full build ...");
        log.flush();
        Path ds = options.dir().resolve("ds");
        Builder.Options fresh = Builder.Options.defaults().withRebuild(true).withProgress(Progress.NONE)
                .withThreads(options.threads());
        BuildReport[] report = new BuildReport[1];
        Phase built = measure("full build (TDB2)", options.releases(), bytes, true, () -> report[0] = builder.build(inputs, ds, fresh));
        built = new Phase(built.name(), built.seconds(), built.releases(), built.bytes(), report[0].triples(), built.peakHeapBytes());

        log.println("exporting N-Quads and bulk loading them (baseline) ...");
        log.flush();
        Path nq = options.dir().resolve("all.nq");
        long quads = exportNQuads(DatasetLayout.of(ds), nq);
        Path baselineDb = options.dir().resolve("baseline-tdb2");
        Phase baseline = measure("baseline bulk load", 0, 0, true, () -> bulkLoad(nq, baselineDb));
        baseline = new Phase(baseline.name(), baseline.seconds(), 0, 0, quads, baseline.peakHeapBytes());

        int changed = Math.max(1, options.releases() / 100);
        log.printf("changing %d releases and updating ...%n", changed);
        log.flush();
        int step = options.releases() / changed;
        for (int k = 0; k < changed; k++) {
            int n = k * step;
            Files.writeString(files.get(n), SyntheticReleases.change(n), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
        Builder.Options update = Builder.Options.defaults().withProgress(Progress.NONE).withThreads(options.threads());
        Phase incremental = measure("incremental (1 %)", changed, 0, true, () -> report[0] = builder.build(inputs, ds, update));
        if (report[0].changed() != changed)
            throw new IllegalStateException("the update changed " + report[0].changed() + " releases, not " + changed);
        return new Result(options.releases(), bytes, options.threads(), cold, extraction, built, baseline, incremental, changed);
    }

    /** The JIT's total compilation time so far, where the JVM measures it (0 everywhere else). */
    private interface JitClock {
        long millis();

        static JitClock of(CompilationMXBean jit) {
            return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit::getTotalCompilationTime : () -> 0;
        }
    }

    private static long totalSize(List<Path> files) throws IOException {
        long bytes = 0;
        for (Path f : files)
            bytes += Files.size(f);
        return bytes;
    }

    /** Reads, extracts and maps every input on {@code threads} threads, keeping nothing. */
    static void extractAll(Builder builder, List<Input> inputs, int threads) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>(inputs.size());
            for (Input input : inputs)
                futures.add(pool.submit(() -> {
                    try {
                        return builder.extract(input).graph().triples().size();
                    } catch (ReleaseException e) {
                        throw new IllegalStateException(input.name() + ": " + e.getMessage(), e);
                    }
                }));
            for (Future<?> f : futures)
                f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("extraction failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Streams every quad of the dataset to {@code file} as N-Quads; returns how many. */
    static long exportNQuads(DatasetLayout layout, Path file) {
        DatasetGraph dsg = layout.connect();
        long[] count = new long[1];
        AtomicFiles.write(file, out -> Txn.executeRead(dsg, () -> {
            try {
                OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
                RDFDataMgr.write(buffered, dsg, RDFFormat.NQUADS);
                buffered.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            count[0] = Iter.count(dsg.find());
        }));
        return count[0];
    }

    /** Loads {@code nq} into a new TDB2 database in {@code dir} with Jena's parallel bulk loader. */
    static void bulkLoad(Path nq, Path dir) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));
        try {
            DataLoader loader = LoaderFactory.parallelLoader(dsg, MonitorOutputs.nullOutput());
            loader.startBulk();
            try {
                loader.load(nq.toString());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws IOException;
    }

    /** Times {@code work}; {@code collectFirst}: after a full collection, so that the heap figure starts clean. */
    private static Phase measure(String name, long releases, long bytes, boolean collectFirst, Work work) throws IOException {
        if (collectFirst) System.gc();
        HeapSampler sampler = new HeapSampler();
        sampler.start();
        long start = System.nanoTime();
        try {
            work.run();
        } finally {
            sampler.interrupt();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Phase(name, seconds, releases, bytes, 0, sampler.peak());
    }

    /**
     * The most heap in use (live objects and garbage not yet collected) seen during a phase,
     * sampled every 10 ms: never more than the maximum heap, unlike the sum of the pools' own
     * peaks, which are reached at different moments.
     */
    private static final class HeapSampler extends Thread {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private volatile long peak;

        HeapSampler() {
            super("bench-heap-sampler");
            setDaemon(true);
            peak = memory.getHeapMemoryUsage().getUsed();
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long peak() {
            try {
                join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Math.max(peak, memory.getHeapMemoryUsage().getUsed());
        }
    }
}
