package org.comunicado.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.DCTerms;
import org.comunicado.extract.Findings;
import org.comunicado.extract.Pipeline;
import org.comunicado.ingest.Release;
import org.comunicado.ingest.ReleaseException;
import org.comunicado.model.Cmo;
import org.comunicado.model.Iris;
import org.comunicado.model.Prov;
import org.comunicado.model.Schema;
import org.comunicado.rdf.ReferenceData;
import org.comunicado.rdf.ReleaseMapper;
import org.comunicado.rdf.ReleaseMapper.ReleaseGraph;
import org.comunicado.store.DatasetLayout;
import org.comunicado.store.DatasetUpdate;
import org.comunicado.store.DatasetWriter;
import org.comunicado.store.TrigBlock;
import org.comunicado.store.TrigFormat;
import org.comunicado.store.TripleOrder;

/**
 * Reads inputs, extracts and maps each release, and writes the dataset: one named graph per
 * release, the reference lists, the ontology and the build graph (which records, per release,
 * its key, the SHA-256 of its input, the release IRI and its named graph).
 * <p>
 * A fresh build (no dataset yet, or {@link Options#rebuild()}) writes a new dataset in a
 * temporary directory and swaps it in when complete ({@link DatasetWriter}). An update of an
 * existing dataset compares each input's SHA-256 with the recorded one, extracts only new and
 * changed inputs, and applies every change in one TDB2 write transaction ({@link DatasetUpdate});
 * with {@link Options#prune()} it also drops releases whose input is not among the inputs. When
 * the ontology, the reference data or the tool version differ from the dataset's, an update
 * becomes a fresh build.
 * <p>
 * Inputs are read, extracted and mapped on a fixed pool of threads; results are consumed in
 * input order by the calling thread (at most {@value #WINDOW_PER_THREAD} per thread in flight),
 * which writes each release graph and forgets it: memory does not grow with the corpus beyond a
 * few strings per release. Output does not depend on thread timing.
 * <p>
 * Every input gets an outcome; a bad one is reported (one line naming it and the reason) and the
 * rest still build; a failed input never removes an existing release. Immutable and thread-safe;
 * one build at a time per output directory.
 */
public final class Builder {

    public static final String VERSION = "0.1.0";
    static final int WINDOW_PER_THREAD = 4;
    private static final String RECORD_SUFFIX = "#record-";
    /** The build graph's activity is {@code <base>build/latest}: the build that made the dataset as it is. */
    static final String BUILD_ID = "latest";

    private final Iris iris;
    private final ReferenceData referenceData;
    private final Pipeline pipeline;
    private final ReleaseMapper mapper;
    private final TrigFormat trigFormat;
    private final Clock clock;

    public Builder(String base, List<Path> referenceDirs, Clock clock) throws IOException {
        this.iris = new Iris(base);
        this.referenceData = ReferenceData.load(base, referenceDirs);
        this.pipeline = new Pipeline(referenceData.reference());
        this.mapper = new ReleaseMapper(iris);
        this.trigFormat = TrigFormat.of(base);
        this.clock = clock;
    }

    /**
     * How to build.
     *
     * @param rebuild            build from scratch even if the dataset exists
     * @param prune              drop releases whose input is not among the inputs
     * @param writeWhenAllFailed write a (release-less) dataset even when no input could be read
     * @param progress           where progress goes ({@link Progress#NONE}: nowhere)
     * @param onFailure          told each failed input's one-line message as soon as it is known
     * @param threads            threads reading, extracting and mapping releases
     * @param loading            how a fresh build loads TDB2
     */
    public record Options(boolean rebuild, boolean prune, boolean writeWhenAllFailed, Progress progress,
            Consumer<String> onFailure, int threads, DatasetWriter.Loading loading) {
        public Options {
            Objects.requireNonNull(progress, "progress");
            Objects.requireNonNull(onFailure, "onFailure");
            Objects.requireNonNull(loading, "loading");
            if (threads < 1)
                throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }

        /** Update if the dataset exists, no pruning, no progress, all cores. */
        public static Options defaults() {
            return new Options(false, false, false, Progress.NONE, m -> { }, Runtime.getRuntime().availableProcessors(),
                    DatasetWriter.DEFAULT_LOADING);
        }

        public Options withRebuild(boolean b) {
            return new Options(b, prune, writeWhenAllFailed, progress, onFailure, threads, loading);
        }

        public Options withPrune(boolean b) {
            return new Options(rebuild, b, writeWhenAllFailed, progress, onFailure, threads, loading);
        }

        public Options withWriteWhenAllFailed(boolean b) {
            return new Options(rebuild, prune, b, progress, onFailure, threads, loading);
        }

        public Options withProgress(Progress p) {
            return new Options(rebuild, prune, writeWhenAllFailed, p, onFailure, threads, loading);
        }

        public Options withOnFailure(Consumer<String> c) {
            return new Options(rebuild, prune, writeWhenAllFailed, progress, c, threads, loading);
        }

        public Options withThreads(int n) {
            return new Options(rebuild, prune, writeWhenAllFailed, progress, onFailure, n, loading);
        }

        public Options withLoading(DatasetWriter.Loading l) {
            return new Options(rebuild, prune, writeWhenAllFailed, progress, onFailure, threads, l);
        }
    }

    /**
     * One release read from an input: its graph and findings, the SHA-256 of the input's bytes, and
     * its key in the build graph: the input's source IRI, or {@code source#record-N} (N from 1) for
     * the records of an input that holds several (JSON); see {@link #sourceOf}.
     *
     * @param textSha256 the SHA-256 of the release's text: the same release from two inputs is one
     */
    public record Outcome(Input input, String key, ReleaseGraph graph, Findings findings, String sha256, String textSha256) {
    }

    /** Reads, extracts and maps one input: its first release, or the reason it has none. */
    public Outcome extract(Input input) throws ReleaseException {
        Input.Payload payload = read(input);
        Extracted e = outcomes(input, payload, ReleaseSources.sha256(payload.bytes()));
        if (e.outcomes().isEmpty()) {
            String message = e.failures().isEmpty() ? input.name() + ": no release found" : e.failures().get(0);
            String prefix = input.name() + ": ";
            throw new ReleaseException(input.name(), message.startsWith(prefix) ? message.substring(prefix.length()) : message);
        }
        return e.outcomes().get(0);
    }

    /**
     * The releases of one input (one for a text or a page, one per record for JSON), each
     * extracted and mapped, and the one-line failures of the records that are not releases.
     */
    private Extracted outcomes(Input input, Input.Payload payload, String sha) {
        List<ReleaseSources.Outcome> read = ReleaseSources.read(input, payload, sha);
        List<Outcome> outcomes = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            if (read.get(i) instanceof ReleaseSources.Failed f) {
                failures.add(f.message());
                continue;
            }
            ReleaseSources.Read r = (ReleaseSources.Read) read.get(i);
            Release release = r.release();
            Findings findings = pipeline.run(release);
            String slug = Iris.releaseSlug(release.issued(), release.number(), release.titleText(), release.language());
            String key = read.size() == 1 ? input.source() : input.source() + RECORD_SUFFIX + (i + 1);
            outcomes.add(new Outcome(input, key, mapper.map(findings, slug), findings, sha, r.textSha256()));
        }
        return new Extracted(input, outcomes, failures, List.of());
    }

    /** The source IRI of a release key: the key itself, or the part before {@code #record-N}. */
    static String sourceOf(String key) {
        int i = key.lastIndexOf(RECORD_SUFFIX);
        return i < 0 ? key : key.substring(0, i);
    }

    /** As {@link #build(List, Path, Options)} with the default options (and {@code writeWhenAllFailed}). */
    public BuildReport build(List<Input> inputs, Path outDir, boolean writeWhenAllFailed) throws IOException {
        return build(inputs, outDir, Options.defaults().withWriteWhenAllFailed(writeWhenAllFailed));
    }

    /**
     * Builds or updates the dataset in {@code outDir}.
     *
     * @throws org.comunicado.store.DatasetInUseException if another process holds the dataset (nothing is changed)
     */
    public BuildReport build(List<Input> inputs, Path outDir, Options options) throws IOException {
        Instant started = clock.instant();
        DatasetLayout layout = DatasetLayout.of(outDir);
        if (layout.exists()) {
            // Fails before anything is touched when a server (or another build) holds the database;
            // otherwise this process now holds it until the update commits or the rebuild swaps it out.
            layout.connectForWriting();
        }
        DatasetWriter.recoverLeftovers(layout.dir());
        Run run = new Run(started, options, inputs);
        if (!options.rebuild() && layout.exists()) {
            try (DatasetUpdate update = DatasetUpdate.begin(layout, iris.base())) {
                String mismatch = configurationMismatch(update.dataset());
                if (mismatch == null)
                    return update(run, layout, update);
                run.note = "full rebuild: " + mismatch;
            }
        }
        return fresh(run, layout);
    }

    /** The state of one build, used by the thread consuming results only. */
    private final class Run {
        final Instant started;
        final Options options;
        final List<Input> inputs;
        final int duplicateSources;
        final List<String> failures = new ArrayList<>();
        /** key → record of every release the dataset will hold. */
        final Map<String, Record> records = new HashMap<>();
        /** slug → SHA-256 of the release holding it, to tell duplicates from collisions. */
        final Map<String, String> slugs = new HashMap<>();
        /** slug → what pairs a release with its translation, for the releases extracted in this run. */
        final Map<String, TranslationLinks.Member> members = new HashMap<>();
        int added;
        int changed;
        int unchanged;
        int removed;
        int duplicates;
        String note = "";

        Run(Instant started, Options options, List<Input> given) {
            this.started = started;
            this.options = options;
            this.inputs = distinctSources(given);
            this.duplicateSources = given.size() - inputs.size();
        }

        void fail(String message) {
            failures.add(message);
            options.onFailure().accept(message);
        }

        /**
         * Settles {@code o}'s slug against the releases already kept: the same text again is a
         * duplicate (null); a different text with the same slug is told apart by a content-hash suffix.
         */
        Outcome place(Outcome o) {
            String slug = o.graph().slug();
            String earlier = slugs.get(slug);
            if (earlier != null && earlier.equals(o.textSha256()))
                return null;
            if (earlier != null) {
                // Two different texts claim the same identity (same date and number): keep both, told apart by content.
                slug = slug + "-" + o.textSha256().substring(0, 8);
                o = new Outcome(o.input(), o.key(), mapper.map(o.findings(), slug), o.findings(), o.sha256(), o.textSha256());
            }
            slugs.put(slug, o.textSha256());
            Release r = o.findings().release();
            members.put(slug, new TranslationLinks.Member(iris.release(slug).getURI(), r.language(), r.number(), r.issued()));
            records.put(o.key(), new Record(o.key(), o.sha256(), slug));
            return o;
        }
    }

    /** What the build graph records of one release. */
    record Record(String key, String sha256, String slug) {
    }

    private BuildReport fresh(Run run, DatasetLayout layout) throws IOException {
        try (DatasetWriter writer = DatasetWriter.create(layout.dir(), iris.base()).loading(run.options.loading()).begin()) {
            writer.addGraph(iris.ontologyGraph(), ontology());
            writer.addGraph(iris.referenceGraph(), TripleOrder.sortedDistinct(referenceData.graph().find().toList()));
            process(run, Map.of(), result -> {
                if (result instanceof Extracted e) {
                    e.failures().forEach(run::fail);
                    for (int i = 0; i < e.outcomes().size(); i++) {
                        Outcome placed = run.place(e.outcomes().get(i));
                        if (placed == null) {
                            run.duplicates++;
                            continue;
                        }
                        writer.addGraph(e.block(i, placed, trigFormat));
                        run.added++;
                    }
                }
            });
            if (run.records.isEmpty() && !run.options.writeWhenAllFailed()) {
                writer.abort();
                return report(run, null);
            }
            List<Triple> translations = translations(run.members.values());
            if (!translations.isEmpty())
                writer.addGraph(iris.translationsGraph(), translations);
            writer.addGraph(iris.buildGraph(), buildGraph(run.records.values(), run.started, clock.instant()));
            writer.graphOrder(trigOrder(run.records.values()));
            writer.commit();
        }
        return report(run, layout);
    }

    private BuildReport update(Run run, DatasetLayout layout, DatasetUpdate update) {
        DatasetGraph dsg = update.dataset();
        Map<String, Record> previous = readRecords(dsg);
        Map<String, List<Record>> previousBySource = new HashMap<>();
        previous.values().forEach(r -> previousBySource.computeIfAbsent(sourceOf(r.key()), k -> new ArrayList<>()).add(r));
        Set<String> current = new HashSet<>();
        run.inputs.forEach(i -> current.add(i.source()));
        for (Record r : previous.values()) {
            if (run.options.prune() && !current.contains(sourceOf(r.key()))) {
                update.dropGraph(iris.releaseGraph(r.slug()));
                run.removed++;
                continue;
            }
            run.records.put(r.key(), r);
            run.slugs.put(r.slug(), r.sha256());
        }
        process(run, previousBySource, result -> {
            if (result instanceof Unchanged u) {
                run.unchanged += u.records().size();
            } else if (result instanceof Extracted e) {
                e.failures().forEach(run::fail);
                Set<String> oldKeys = new HashSet<>();
                Set<Node> oldGraphs = new HashSet<>();
                for (Record old : previousBySource.getOrDefault(e.input().source(), List.of())) {
                    oldKeys.add(old.key());
                    run.records.remove(old.key());
                    run.slugs.remove(old.slug());
                    oldGraphs.add(iris.releaseGraph(old.slug()));
                }
                for (int i = 0; i < e.outcomes().size(); i++) {
                    Outcome placed = run.place(e.outcomes().get(i));
                    if (placed == null) {
                        run.duplicates++;
                        continue;
                    }
                    // A changed release usually keeps its graph: only the triples that differ are written.
                    TrigBlock block = e.block(i, placed, trigFormat);
                    if (oldGraphs.remove(block.graph()))
                        update.replaceGraph(block);
                    else
                        update.addGraph(block);
                    if (oldKeys.remove(placed.key()))
                        run.changed++;
                    else
                        run.added++;
                }
                oldGraphs.forEach(update::dropGraph);
                run.removed += oldKeys.size();
            }
        });
        if (run.added + run.changed + run.removed == 0) {
            update.abort();
            if (DatasetUpdate.trigPending(layout))
                DatasetUpdate.rewriteTrig(layout, iris.base(), trigOrder(run.records.values()));
            return report(run, layout);
        }
        // Releases left as they were keep their metadata in their graphs: read it there.
        Map<List<Node>, String> language = values(dsg, DCTerms.language.asNode());
        Map<List<Node>, String> number = values(dsg, DCTerms.identifier.asNode());
        Map<List<Node>, String> issued = values(dsg, DCTerms.issued.asNode());
        for (Record r : run.records.values()) {
            run.members.computeIfAbsent(r.slug(), slug -> {
                List<Node> at = List.of(iris.releaseGraph(slug), iris.release(slug));
                return new TranslationLinks.Member(iris.release(slug).getURI(), language.getOrDefault(at, ""),
                        Optional.ofNullable(number.get(at)), Optional.ofNullable(issued.get(at)).map(java.time.LocalDate::parse));
            });
        }
        run.members.keySet().retainAll(run.records.values().stream().map(Record::slug).collect(java.util.stream.Collectors.toSet()));
        // Both graphs change little from one update to the next: only the triples that differ are written.
        update.replaceGraph(trigFormat.block(iris.translationsGraph(), translations(run.members.values())));
        update.replaceGraph(trigFormat.block(iris.buildGraph(), buildGraph(run.records.values(), run.started, clock.instant())));
        update.commit(trigOrder(run.records.values()));
        return report(run, layout);
    }

    /**
     * The translation links: the Spanish version of a release (the ministry's first language)
     * {@code schema:workTranslation} its English version, which is {@code schema:translationOfWork}
     * the Spanish one, when their number and date match.
     */
    private static List<Triple> translations(Collection<TranslationLinks.Member> members) {
        List<TranslationLinks.Member> sorted = members.stream().sorted(java.util.Comparator.comparing(TranslationLinks.Member::iri)).toList();
        List<Triple> out = new ArrayList<>();
        for (TranslationLinks.Pair p : TranslationLinks.pairs(sorted)) {
            Node en = NodeFactory.createURI(p.english().iri());
            Node es = NodeFactory.createURI(p.spanish().iri());
            out.add(Triple.create(es, Schema.workTranslation, en));
            out.add(Triple.create(en, Schema.translationOfWork, es));
        }
        return TripleOrder.sortedDistinct(out);
    }

    /**
     * The literal values of predicate {@code p} by graph and subject, read in one scan of the
     * predicate's quads (far cheaper than a look-up per release); the first value of each pair.
     */
    private static Map<List<Node>, String> values(DatasetGraph dsg, Node p) {
        Map<List<Node>, String> out = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isLiteral())
                out.putIfAbsent(List.of(q.getGraph(), q.getSubject()), q.getObject().getLiteralLexicalForm());
        });
        return out;
    }

    /** Reads the release records of an existing build graph: key, SHA-256 and slug of each release. */
    private Map<String, Record> readRecords(DatasetGraph dsg) {
        Node build = iris.buildGraph();
        String releasePrefix = iris.release("").getURI();
        Map<Node, String> sha256 = new HashMap<>();
        dsg.find(build, Node.ANY, Cmo.sha256, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isLiteral())
                sha256.putIfAbsent(q.getSubject(), q.getObject().getLiteralLexicalForm());
        });
        Map<String, Record> out = new TreeMap<>();
        dsg.find(build, Node.ANY, Prov.wasDerivedFrom, Node.ANY).forEachRemaining(q -> {
            String release = q.getSubject().getURI();
            String sha = sha256.get(q.getObject());
            if (!q.getObject().isURI() || !release.startsWith(releasePrefix) || sha == null)
                return;
            String key = q.getObject().getURI();
            out.put(key, new Record(key, sha, release.substring(releasePrefix.length())));
        });
        return out;
    }

    /** Null if the dataset was built with this ontology, reference data and version; else what differs. */
    private String configurationMismatch(DatasetGraph dsg) throws IOException {
        if (!Set.copyOf(ontology()).equals(graph(dsg, iris.ontologyGraph())))
            return "the ontology (or the --base) differs from the dataset's";
        if (!Set.copyOf(referenceData.graph().find().toList()).equals(graph(dsg, iris.referenceGraph())))
            return "the reference data differ from the dataset's";
        if (!dsg.contains(iris.buildGraph(), iris.agent(), Schema.softwareVersion, NodeFactory.createLiteralString(VERSION)))
            return "the dataset was built by another version";
        return null;
    }

    private static Set<Triple> graph(DatasetGraph dsg, Node g) {
        Set<Triple> out = new HashSet<>();
        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple()));
        return out;
    }

    /** The graphs in TriG order: ontology, reference, releases by graph IRI, build. */
    private List<Node> trigOrder(Collection<Record> records) {
        List<Node> order = new ArrayList<>(records.size() + 3);
        order.add(iris.ontologyGraph());
        order.add(iris.referenceGraph());
        records.stream().map(Record::slug).sorted().forEach(s -> order.add(iris.releaseGraph(s)));
        order.add(iris.translationsGraph());
        order.add(iris.buildGraph());
        return order;
    }

    // --- the parallel part

    private sealed interface Result permits Unchanged, Extracted, Failed {
    }

    private record Unchanged(Input input, List<Record> records) implements Result {
    }

    /** @param blocks the TriG block of each outcome's graph, made on the pool (empty when not made) */
    private record Extracted(Input input, List<Outcome> outcomes, List<String> failures, List<TrigBlock> blocks)
            implements Result {

        /** The block of {@code placed}, the {@code i}th outcome as placed (made again if placing changed its graph). */
        TrigBlock block(int i, Outcome placed, TrigFormat format) {
            if (i < blocks.size() && placed.graph() == outcomes.get(i).graph())
                return blocks.get(i);
            return format.block(placed.graph().graphName(), placed.graph().triples());
        }
    }

    private record Failed(Input input, String message) implements Result {
    }

    /**
     * Runs every input through {@link #process(Input, List)} on the pool and hands the results to
     * {@code consumer} on this thread, in input order.
     */
    private void process(Run run, Map<String, List<Record>> previousBySource, Consumer<Result> consumer) {
        List<Input> inputs = run.inputs;
        int threads = run.options.threads();
        Progress progress = run.options.progress();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "comunicado-extract");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<Result>> window = new ArrayDeque<>();
        int next = 0;
        int done = 0;
        progress.start(inputs.size());
        try {
            while (next < inputs.size() || !window.isEmpty()) {
                while (next < inputs.size() && window.size() < WINDOW_PER_THREAD * threads) {
                    Input input = inputs.get(next++);
                    List<Record> before = previousBySource.get(input.source());
                    window.add(pool.submit(() -> process(input, before)));
                }
                Result result = window.poll().get();
                if (result instanceof Failed f)
                    run.fail(f.message());
                consumer.accept(result);
                progress.update(++done);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("release processing failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
    }

    /** One input's result: unchanged (its bytes hash as recorded), its releases, or why it has none. */
    private Result process(Input input, List<Record> before) {
        try {
            Input.Payload payload = read(input);
            String sha = ReleaseSources.sha256(payload.bytes());
            if (before != null && !before.isEmpty() && before.stream().allMatch(r -> r.sha256().equals(sha)))
                return new Unchanged(input, before);
            Extracted e = outcomes(input, payload, sha);
            // An input with no release at all keeps whatever release it had: it failed as a whole.
            if (e.outcomes().isEmpty())
                return new Failed(input, e.failures().isEmpty() ? input.name() + ": no release found" : String.join("\n", e.failures()));
            // Sorting and formatting each graph for the TriG file here keeps that work off the writing thread.
            List<TrigBlock> blocks = new ArrayList<>(e.outcomes().size());
            for (Outcome o : e.outcomes())
                blocks.add(trigFormat.block(o.graph().graphName(), o.graph().triples()));
            return new Extracted(input, e.outcomes(), e.failures(), blocks);
        } catch (ReleaseException e) {
            return new Failed(input, e.getMessage());
        } catch (RuntimeException e) {
            // A defect met on one input must not sink the batch; it is reported as that input's failure.
            return new Failed(input, input.name() + ": internal error: " + e);
        }
    }

    private static Input.Payload read(Input input) throws ReleaseException {
        try {
            return input.content().read();
        } catch (NoSuchFileException e) {
            throw new ReleaseException(input.name(), "no such file");
        } catch (UrlFetcher.FetchException | Input.Unreadable e) {
            throw new ReleaseException(input.name(), e.getMessage(), e);
        } catch (IOException e) {
            throw new ReleaseException(input.name(), "cannot read: " + e.getMessage(), e);
        }
    }

    /** The inputs with each source once (the first occurrence), so that a file given twice is one input. */
    private static List<Input> distinctSources(List<Input> inputs) {
        Map<String, Input> bySource = new LinkedHashMap<>();
        for (Input i : inputs)
            bySource.putIfAbsent(i.source(), i);
        return List.copyOf(bySource.values());
    }

    private BuildReport report(Run run, DatasetLayout layout) {
        DatasetCounts s = layout == null || !layout.exists() ? DatasetCounts.NONE : DatasetCounts.of(layout);
        Set<String> current = new HashSet<>();
        run.inputs.forEach(i -> current.add(i.source()));
        int notInInputs = (int) run.records.keySet().stream().filter(k -> !current.contains(sourceOf(k))).count();
        int duplicates = run.duplicates + run.duplicateSources;
        return new BuildReport(s.releases(), run.added, run.changed, run.unchanged, run.removed, notInInputs, duplicates,
                s.persons(), s.organizations(), s.countries(), s.programs(), s.quotations(), s.claims(), s.quantities(),
                s.quads(), run.failures, run.note, Duration.between(run.started, clock.instant()));
    }

    /**
     * The build graph: the activity, the tool, and per release its key (the input, with its
     * checksum), the release IRI and its named graph. A function of the records and the times.
     */
    private List<Triple> buildGraph(Collection<Record> records, Instant started, Instant ended) {
        List<Record> sorted = records.stream().sorted(java.util.Comparator.comparing(Record::slug)).toList();
        Graph g = GraphFactory.createDefaultGraph();
        // One IRI for the activity whatever the records: an update then rewrites the few triples of
        // the releases it changed, not a link from every release to a new activity IRI.
        Node activity = iris.build(BUILD_ID);
        Node agent = iris.agent();
        g.add(activity, RDF.type.asNode(), Prov.Activity);
        g.add(activity, Prov.startedAtTime, dateTime(started));
        g.add(activity, Prov.endedAtTime, dateTime(ended));
        g.add(activity, Prov.wasAssociatedWith, agent);
        g.add(activity, Cmo.releaseCount, NodeFactory.createLiteral(Integer.toString(sorted.size()), XSDDatatype.XSDinteger));
        g.add(agent, RDF.type.asNode(), Prov.SoftwareAgent);
        g.add(agent, RDF.type.asNode(), Schema.SoftwareApplication);
        g.add(agent, Schema.name, NodeFactory.createLiteralString("Comunicado"));
        g.add(agent, Schema.softwareVersion, NodeFactory.createLiteralString(VERSION));
        for (Record r : sorted) {
            Node source = NodeFactory.createURI(r.key());
            Node release = iris.release(r.slug());
            g.add(activity, Prov.used, source);
            g.add(source, Cmo.sha256, NodeFactory.createLiteralString(r.sha256()));
            g.add(release, Prov.wasGeneratedBy, activity);
            g.add(release, Prov.wasDerivedFrom, source);
            g.add(release, Cmo.graph, iris.releaseGraph(r.slug()));
        }
        return TripleOrder.sortedDistinct(g.find().toList());
    }

    private List<Triple> ontology() throws IOException {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = Builder.class.getClassLoader().getResourceAsStream("ontology/comunicado.ttl")) {
            if (in == null) throw new IOException("ontology/comunicado.ttl is missing from the classpath");
            RDFParser.source(in).base(iris.base()).lang(Lang.TURTLE).parse(g);
        }
        return TripleOrder.sortedDistinct(g.find().toList());
    }

    private static Node dateTime(Instant i) {
        return NodeFactory.createLiteral(i.toString(), XSDDatatype.XSDdateTime);
    }
}
