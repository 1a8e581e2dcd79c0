package org.comunicado.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.comunicado.extract.Entity;
import org.comunicado.extract.EntityKind;
import org.comunicado.extract.Findings;
import org.comunicado.extract.Pipeline;
import org.comunicado.ingest.Release;
import org.comunicado.ingest.ReleaseException;
import org.comunicado.ingest.TextReleaseReader;
import org.comunicado.model.Cmo;
import org.comunicado.model.Iris;
import org.comunicado.model.Prov;
import org.comunicado.model.Schema;
import org.comunicado.rdf.ReferenceData;
import org.comunicado.rdf.ReleaseMapper;
import org.comunicado.rdf.ReleaseMapper.ReleaseGraph;
import org.comunicado.store.DatasetWriter;

/**
 * Reads inputs, extracts and maps each release, and writes the whole dataset: one named graph
 * per release, the reference lists, the ontology and the build's provenance. Every input gets an
 * outcome; a bad one is reported and the rest still build. The dataset directory is replaced
 * only once the new one is complete. Immutable; one build at a time per output directory.
 */
public final class Builder {

    public static final String VERSION = "0.1.0";
    private static final TextReleaseReader READER = new TextReleaseReader();

    private final Iris iris;
    private final ReferenceData referenceData;
    private final Pipeline pipeline;
    private final ReleaseMapper mapper;
    private final Clock clock;

    public Builder(String base, List<Path> referenceDirs, Clock clock) throws IOException {
        this.iris = new Iris(base);
        this.referenceData = ReferenceData.load(base, referenceDirs);
        this.pipeline = new Pipeline(referenceData.reference());
        this.mapper = new ReleaseMapper(iris);
        this.clock = clock;
    }

    /** One input's release graph, or the reason it has none. */
    public record Outcome(Input input, ReleaseGraph graph, Findings findings, String sha256) {
    }

    /** Reads, extracts and maps one input. */
    public Outcome extract(Input input) throws ReleaseException {
        byte[] bytes;
        try {
            bytes = input.bytes().read();
        } catch (NoSuchFileException e) {
            throw new ReleaseException(input.name(), "no such file");
        } catch (IOException e) {
            throw new ReleaseException(input.name(), "cannot read: " + e.getMessage(), e);
        }
        Release release = ReleaseSources.readOne(input);
        Findings findings = pipeline.run(release);
        String slug = Iris.releaseSlug(release.issued(), release.number(), release.titleText(), release.language());
        return new Outcome(input, mapper.map(findings, slug), findings, sha256(bytes));
    }

    public BuildReport build(List<Input> inputs, Path outDir, boolean writeWhenAllFailed) throws IOException {
        Instant started = clock.instant();
        List<String> failures = new ArrayList<>();
        Map<String, Outcome> bySlug = new TreeMap<>();
        int duplicates = 0;
        for (Input input : inputs) {
            Outcome o;
            try {
                o = extract(input);
            } catch (ReleaseException e) {
                failures.add(e.getMessage());
                continue;
            }
            String slug = o.graph().slug();
            Outcome earlier = bySlug.get(slug);
            if (earlier != null && earlier.sha256().equals(o.sha256())) {
                duplicates++;
                continue;
            }
            if (earlier != null) {
                // Two different texts claim the same identity (same date and number): keep both, told apart by content.
                slug = slug + "-" + o.sha256().substring(0, 8);
                o = new Outcome(o.input(), mapper.map(o.findings(), slug), o.findings(), o.sha256());
            }
            bySlug.put(slug, o);
        }
        if (bySlug.isEmpty() && !writeWhenAllFailed) {
            return report(bySlug, duplicates, 0, failures, started);
        }
        long triples = 0;
        try (DatasetWriter writer = DatasetWriter.create(outDir, iris.base()).begin()) {
            List<Triple> ontology = ontology();
            writer.addGraph(iris.ontologyGraph(), ontology);
            List<Triple> reference = sorted(referenceData.graph());
            writer.addGraph(iris.referenceGraph(), reference);
            triples += ontology.size() + reference.size();
            for (Outcome o : bySlug.values()) {
                writer.addGraph(o.graph().graphName(), o.graph().triples());
                triples += o.graph().triples().size();
            }
            List<Triple> build = buildGraph(bySlug.values(), started, clock.instant());
            writer.addGraph(iris.buildGraph(), build);
            triples += build.size();
            writer.commit();
        }
        return report(bySlug, duplicates, triples, failures, started);
    }

    private BuildReport report(Map<String, Outcome> bySlug, int duplicates, long triples, List<String> failures, Instant started) {
        Map<EntityKind, Set<String>> entities = new TreeMap<>();
        int quotes = 0;
        int claims = 0;
        int quantities = 0;
        for (Outcome o : bySlug.values()) {
            for (Entity e : o.findings().entities()) entities.computeIfAbsent(e.kind(), k -> new TreeSet<>()).add(e.id());
            quotes += o.findings().quotations().size();
            claims += o.findings().claims().size();
            quantities += o.findings().claims().stream().mapToInt(c -> c.quantities().size()).sum();
        }
        return new BuildReport(bySlug.size(), duplicates,
                entities.getOrDefault(EntityKind.PERSON, Set.of()).size(),
                entities.getOrDefault(EntityKind.ORGANIZATION, Set.of()).size(),
                entities.getOrDefault(EntityKind.COUNTRY, Set.of()).size(),
                entities.getOrDefault(EntityKind.PROGRAM, Set.of()).size(),
                quotes, claims, quantities, triples, failures, Duration.between(started, clock.instant()));
    }

    /** The PROV-O record of this build: the activity, the tool, and each input with its checksum. */
    private List<Triple> buildGraph(java.util.Collection<Outcome> outcomes, Instant started, Instant ended) {
        Graph g = GraphFactory.createDefaultGraph();
        StringBuilder fingerprint = new StringBuilder();
        outcomes.forEach(o -> fingerprint.append(o.input().source()).append(' ').append(o.sha256()).append('\n'));
        Node activity = iris.build(sha256(fingerprint.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16));
        Node agent = iris.agent();
        g.add(activity, RDF.type.asNode(), Prov.Activity);
        g.add(activity, Prov.startedAtTime, dateTime(started));
        g.add(activity, Prov.endedAtTime, dateTime(ended));
        g.add(activity, Prov.wasAssociatedWith, agent);
        g.add(activity, Cmo.releaseCount, NodeFactory.createLiteral(Integer.toString(outcomes.size()), XSDDatatype.XSDinteger));
        g.add(agent, RDF.type.asNode(), Prov.SoftwareAgent);
        g.add(agent, RDF.type.asNode(), Schema.SoftwareApplication);
        g.add(agent, Schema.name, NodeFactory.createLiteralString("Comunicado"));
        g.add(agent, Schema.softwareVersion, NodeFactory.createLiteralString(VERSION));
        for (Outcome o : outcomes) {
            Node source = NodeFactory.createURI(o.input().source());
            g.add(activity, Prov.used, source);
            g.add(source, Cmo.sha256, NodeFactory.createLiteralString(o.sha256()));
            g.add(o.graph().release(), Prov.wasGeneratedBy, activity);
            g.add(o.graph().release(), Prov.wasDerivedFrom, source);
        }
        return sorted(g);
    }

    private List<Triple> ontology() throws IOException {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = Builder.class.getClassLoader().getResourceAsStream("ontology/comunicado.ttl")) {
            if (in == null) throw new IOException("ontology/comunicado.ttl is missing from the classpath");
            RDFParser.source(in).base(iris.base()).lang(Lang.TURTLE).parse(g);
        }
        return sorted(g);
    }

    private static List<Triple> sorted(Graph g) {
        return g.find().toList().stream().sorted(java.util.Comparator.comparing((Triple t) -> t.getSubject().toString())
                .thenComparing(t -> t.getPredicate().toString()).thenComparing(t -> t.getObject().toString())).toList();
    }

    private static Node dateTime(Instant i) {
        return NodeFactory.createLiteral(i.toString(), XSDDatatype.XSDdateTime);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
