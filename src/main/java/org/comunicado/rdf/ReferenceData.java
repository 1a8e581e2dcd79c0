package org.comunicado.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.comunicado.extract.EntityKind;
import org.comunicado.extract.KnownEntity;
import org.comunicado.extract.LangString;
import org.comunicado.extract.Reference;
import org.comunicado.model.Cmo;
import org.comunicado.model.Schema;

/**
 * The reference lists of known entities: the Turtle files shipped in {@code ontology/reference/}
 * and any a user adds with {@code --reference DIR}. Their IRIs are relative to the data base, so
 * {@code <country/MEX>} becomes {@code <base>country/MEX}. Gives both the graph stored as
 * {@code <base>graph/reference} and the plain {@link Reference} the extractors read.
 */
public final class ReferenceData {

    /** The shipped files, in {@code ontology/reference/} on the classpath. */
    public static final List<String> BUNDLED = List.of("countries.ttl", "organizations.ttl", "people.ttl", "places.ttl", "programs.ttl");

    private final Graph graph;
    private final Reference reference;

    private ReferenceData(Graph graph, Reference reference) {
        this.graph = graph;
        this.reference = reference;
    }

    public static ReferenceData load(String base, List<Path> userDirs) throws IOException {
        Graph g = GraphFactory.createDefaultGraph();
        for (String name : BUNDLED) {
            String resource = "ontology/reference/" + name;
            try (InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) throw new IOException("reference file " + resource + " is missing from the classpath");
                RDFParser.source(in).base(base).lang(Lang.TURTLE).parse(g);
            }
        }
        for (Path dir : userDirs) {
            List<Path> files;
            try (Stream<Path> s = Files.isDirectory(dir) ? Files.list(dir) : Stream.of(dir)) {
                files = s.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
            }
            if (files.isEmpty()) throw new IOException(dir + ": no .ttl reference files");
            for (Path f : files) {
                try {
                    RDFParser.source(f).base(base).lang(Lang.TURTLE).parse(g);
                } catch (RiotException e) {
                    throw new IOException(f + ": " + e.getMessage(), e);
                }
            }
        }
        return new ReferenceData(g, new Reference(entities(g, base)));
    }

    public Graph graph() {
        return graph;
    }

    public Reference reference() {
        return reference;
    }

    private static List<KnownEntity> entities(Graph g, String base) {
        List<KnownEntity> out = new ArrayList<>();
        List<Node> subjects = g.find(Node.ANY, RDF.type.asNode(), Node.ANY).mapWith(Triple::getSubject).toList()
                .stream().distinct().sorted(java.util.Comparator.comparing(Node::toString)).toList();
        for (Node s : subjects) {
            if (!s.isURI() || !s.getURI().startsWith(base)) continue;
            Optional<EntityKind> kind = kindOf(g, s);
            if (kind.isEmpty()) continue;
            String id = s.getURI().substring(base.length());
            if (!id.startsWith(kind.get().path() + "/")) continue;
            List<LangString> names = literals(g, s, Schema.name);
            if (names.isEmpty()) continue;
            // Untagged alternate names are acronyms; tagged ones are names in another language.
            List<String> acronyms = new ArrayList<>();
            List<LangString> translations = new ArrayList<>();
            for (LangString alt : literals(g, s, Schema.alternateName)) {
                if (alt.lang().isEmpty()) acronyms.add(alt.text());
                else translations.add(alt);
            }
            Optional<String> code = literals(g, s, Schema.identifier).stream().map(LangString::text).findFirst();
            List<String> hidden = literals(g, s, SKOS.hiddenLabel.asNode()).stream().map(LangString::text).toList();
            out.add(new KnownEntity(kind.get(), id, names, translations, acronyms, literals(g, s, SKOS.altLabel.asNode()),
                    hidden, literals(g, s, Schema.jobTitle), code));
        }
        return out;
    }

    private static Optional<EntityKind> kindOf(Graph g, Node s) {
        if (g.contains(s, RDF.type.asNode(), Schema.Person)) return Optional.of(EntityKind.PERSON);
        if (g.contains(s, RDF.type.asNode(), Schema.Organization)) return Optional.of(EntityKind.ORGANIZATION);
        if (g.contains(s, RDF.type.asNode(), Schema.Country)) return Optional.of(EntityKind.COUNTRY);
        if (g.contains(s, RDF.type.asNode(), Cmo.Program)) return Optional.of(EntityKind.PROGRAM);
        if (g.contains(s, RDF.type.asNode(), Schema.Place)) return Optional.of(EntityKind.PLACE);
        return Optional.empty();
    }

    private static List<LangString> literals(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral)
                .mapWith(o -> new LangString(o.getLiteralLexicalForm(), o.getLiteralLanguage())).toList()
                .stream().sorted().toList();
    }
}
